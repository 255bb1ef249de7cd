#------------------------------------------------------------------------------
# usage: the Open edX storage bucket, public-read, with an IAM user for the LMS
#------------------------------------------------------------------------------
module "data_backup_s3_bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.1"

  bucket                   = var.resource_name
  acl                      = "private"
  control_object_ownership = true
  object_ownership         = "BucketOwnerPreferred"

  versioning = {
    enabled = false
  }

  attach_policy = true
  policy        = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PublicRead",
      "Effect": "Allow",
      "Principal": "*",
      "Action": ["s3:GetObject*", "s3:List*"],
      "Resource": ["arn:aws:s3:::${var.resource_name}/*"]
    }
  ]
}
EOF
}

resource "random_id" "id" {
  byte_length = 16
}

resource "aws_iam_user" "user" {
  name = "s3-openedx-user-${random_id.id.hex}"
  path = "/system/s3-bucket-user/"
}

resource "aws_iam_access_key" "user" {
  user = aws_iam_user.user.name
}

resource "aws_iam_user_policy" "policy" {
  name = "s3-bucket"
  user = aws_iam_user.user.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      for resource in ["arn:aws:s3:::${var.resource_name}", "arn:aws:s3:::${var.resource_name}/*"] : {
        Effect   = "Allow"
        Action   = ["s3:*"]
        Resource = resource
      }
    ]
  })
}
