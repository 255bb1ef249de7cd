output "cluster_id" { value = module.eks.cluster_id }
output "cluster_arn" { value = module.eks.cluster_arn }
# Every managed node group's IAM role, by splat.
output "node_group_roles" { value = values(module.eks.eks_managed_node_groups)[*].iam_role_arn }
