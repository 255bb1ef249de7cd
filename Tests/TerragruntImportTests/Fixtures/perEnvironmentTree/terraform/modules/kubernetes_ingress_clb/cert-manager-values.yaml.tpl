# cert-manager chart values (cookiecutter-backend.md section 2.3), rendered by data "template_file".
installCRDs: true
global:
  podSecurityPolicy:
    enabled: true
image:
  tag: v1.8.0
extraArgs:
  - --issuer-ambient-credentials
serviceAccount:
  annotations:
    eks.amazonaws.com/role-arn: ${role_arn}
