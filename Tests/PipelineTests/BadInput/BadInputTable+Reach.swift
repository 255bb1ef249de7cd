import Foundation

extension BadInputTable {
    /// Regions, DNS names, load profiles, option combinations, catalogs given as the wrong file,
    /// HCL function names and Price List mirrors: each refused before anything is written.
    static var reach: [BadInputCase] {
        let mirror = "mirror/offers/v1.0/aws/"
        let index = Data("""
            {"formatVersion":"v1.0","disclaimer":"x","publicationDate":"2026-12-01T00:00:00Z","offers":{"AmazonEKS":{"offerCode":"AmazonEKS",\
            "currentVersionUrl":"/offers/v1.0/aws/AmazonEKS/current/index.json","currentRegionIndexUrl":"/offers/v1.0/aws/AmazonEKS/current/region_index.json"}}}
            """.utf8)
        let regionIndex = Data("""
            {"formatVersion":"v1.0","disclaimer":"x","publicationDate":"2026-12-01T00:00:00Z","regions":{"us-east-1":{"regionCode":"us-east-1",\
            "currentVersionUrl":"/offers/v1.0/aws/AmazonEKS/20261201000000/us-east-1/index.json"}}}
            """.utf8)
        func offer(_ code: String, products: String = "") -> Data {
            Data("""
                {"formatVersion":"v1.0","disclaimer":"x","offerCode":"\(code)","version":"20261201000000",\
                "publicationDate":"2026-12-01T00:00:00Z","products":{\(products)},"terms":{"OnDemand":{}}}
                """.utf8)
        }
        func update(_ name: String, _ offerFile: Data, _ firstLine: String) -> BadInputCase {
            BadInputCase(name: name, arguments: ["catalog", "update", "--from", "mirror", "--service", "AmazonEKS", "--region", "us-east-1",
                                                 "--catalog", "Catalog/catalog.sqlite"],
                         files: [mirror + "index.json": index, mirror + "AmazonEKS/current/region_index.json": regionIndex,
                                 mirror + "AmazonEKS/20261201000000/us-east-1/index.json": offerFile],
                         firstLine: "", contains: [firstLine])
        }
        let apply = ["apply", "g.yaml", "--env", "prod", "--unit", "vpc", "--account", "a.sqlite"]
        return [
            .scenario("a region that does not exist", "name: t\nplatform: { aws_region: us-east-9 }\nenvironments:\n  prod: {}\n",
                      "s.yaml:2:25: error: 'platform.aws_region' cannot be 'us-east-9'", contains: ["did you mean 'us-east-1'"]),
            .scenario("a region in capitals", "name: t\nplatform: { aws_region: EU-WEST-1 }\nenvironments:\n  prod: {}\n",
                      "s.yaml:2:25: error: 'platform.aws_region' cannot be 'EU-WEST-1'", contains: ["did you mean 'eu-west-1'"]),
            .environment("an environment region that does not exist", "    region: eu-west-9",
                         "s.yaml:5:13: error: 'environments.prod.region' cannot be 'eu-west-9'"),
            .scenario("a root domain with a space", "name: t\nplatform: { root_domain: \"my school.edu\" }\nenvironments:\n  prod: {}\n",
                      "s.yaml:2:26: error: 'platform.root_domain' is 'my school.edu', but it must be a DNS name"),
            .environment("a subdomain with a leading hyphen", "    subdomain: -courses",
                         "s.yaml:5:16: error: 'environments.prod.subdomain' is '-courses', but it must be a DNS name"),
            .scenario("an empty scenario name", "name: \"\"\nenvironments:\n  prod: {}\n", "s.yaml:1:7: error: 'name' is empty"),
            .environment("a load key that is no assumption", modules: "vpc, kubernetes",
                         "    load: { registered_learners: 10, peak_concurrent_users: 1, learners: 5 }",
                         "s.yaml:5:74: error: unknown key 'learners'"),
            .environment("more concurrent users than learners", modules: "vpc, kubernetes",
                         "    load: { registered_learners: 10, peak_concurrent_users: 50 }",
                         "s.yaml:5:61: error: 'environments.prod.load.peak_concurrent_users' is 50, but it must be at most registered_learners (10)"),
            BadInputCase(name: "size --peak-concurrent over the learners", arguments: ["size", "g.yaml", "--peak-concurrent", "9000"],
                         files: ["g.yaml": sized], firstLine: "error: --peak-concurrent is 9000, but it must be at most the 5000 registered learners"),
            BadInputCase(name: "rehearse --in-place with three runs", arguments: ["rehearse", "g.yaml", "--in-place", "--runs", "3", "--account", "a.sqlite"],
                         files: ["g.yaml": good], setup: [apply], firstLine: "error: --in-place rehearses the account itself, so it makes one run, not 3"),
            BadInputCase(name: "init with an empty environment name", arguments: ["init", "--environments", "prod,,staging"],
                         firstLine: "error: '' is not an environment name"),
            BadInputCase(name: "size --write-scenario over the scenario", arguments: ["size", "g.yaml", "--write-scenario", "g.yaml"],
                         files: ["g.yaml": sized], firstLine: "error: --write-scenario g.yaml is the scenario being sized"),
            BadInputCase(name: "plan --lock not a boolean", arguments: ["plan", "g.yaml", "--lock=maybe", "--account", "u.sqlite"],
                         files: ["g.yaml": good], firstLine: "error: The value 'maybe' is invalid for '--lock <true|false>'"),
            BadInputCase(name: "--catalog names an account", arguments: ["cost", "g.yaml", "--catalog", "a.sqlite"],
                         files: ["g.yaml": good], setup: [apply], firstLine: "error: the catalog file ",
                         contains: ["in WAL mode", "a.sqlite"]),
            BadInputCase(name: "catalog price of DocumentDB where AWS offers none",
                         arguments: ["catalog", "price", "--service", "docdb", "--type", "db.t3.medium", "--region", "us-west-1"],
                         firstLine: "error: AWS does not offer docdb in us-west-1"),
            BadInputCase(name: "catalog price of a type AWS does not sell in the region",
                         arguments: ["catalog", "price", "--service", "ec2", "--type", "m3.large", "--region", "us-east-2"],
                         firstLine: "error: the catalog has no price for ec2/compute us-east-2 m3.large linux on-demand",
                         contains: ["`edxplan catalog update --region REGION`"]),
            .tree("a function Terraform does not have", "terraform/environments/prod/env.hcl", replacing: "merge(", with: "mergeall(",
                  "tree/terraform/environments/prod/env.hcl:", contains: ["Call to unknown function: there is no function named \"mergeall\"."]),
            .environment("a node group name EKS refuses", modules: "vpc, kubernetes",
                         "    kubernetes: { node_groups: [{ name: \"my group\", instance_type: t3.large }] }",
                         "s.yaml:5:41: error: 'environments.prod.kubernetes.node_groups[0].name' is 'my group', but it must be a node group name EKS accepts"),
            BadInputCase(name: "report --output-dir empty", arguments: ["report", "g.yaml", "--output-dir", ""], files: ["g.yaml": good],
                         firstLine: "error: --output-dir is empty"),
            .tree("a block terragrunt does not know", "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "terraform {\n",
                  with: "frobnicate {\n}\n\nterraform {\n", "tree/terraform/environments/prod/vpc/terragrunt.hcl:",
                  contains: ["Unsupported block type: blocks of type \"frobnicate\" are not expected here"]),
            .tree("a node count that is not a number", "terraform/environments/prod/env.hcl", replacing: "eks_worker_group_desired_size  = 1",
                  with: "eks_worker_group_desired_size  = \"one\"", "tree/terraform/environments/prod/env.hcl:20:36: error: ",
                  contains: ["Invalid value for input variable"]),
            .tree("a negative DocumentDB instance count", "terraform/environments/prod/env.hcl", replacing: "mongodb_cluster_size   = 1",
                  with: "mongodb_cluster_size   = -1", "tree/terraform/environments/prod/env.hcl:11:28: error: ",
                  contains: ["refuse a negative count or size"]),
            update("catalog update of another service's offer", offer("AmazonS3"), "error: AmazonEKS us-east-1: the file is the offer of AmazonS3, not of AmazonEKS"),
            update("catalog update of an offer with nothing priced", offer("AmazonEKS"), "error: AmazonEKS us-east-1: the offer holds no product edxplan prices"),
            update("catalog update of an offer whose price is words", Data("""
                {"formatVersion":"v1.0","offerCode":"AmazonEKS","version":"20261201000000","publicationDate":"2026-12-01T00:00:00Z",
                "products":{"A":{"sku":"A","productFamily":"Compute","attributes":{"servicecode":"AmazonEKS","location":"US East (N. Virginia)",\
                "regionCode":"us-east-1","usagetype":"USE1-AmazonEKS-Hours:perCluster","operation":"CreateOperation"}}},
                "terms":{"OnDemand":{"A":{"A.JRTCKXETXF":{"offerTermCode":"JRTCKXETXF","sku":"A","priceDimensions":{
                "A.JRTCKXETXF.6YS6EN2CT7":{"rateCode":"A.JRTCKXETXF.6YS6EN2CT7","beginRange":"0","unit":"Hours",
                "pricePerUnit": {"USD":"ten cents"}}}}}}}}
                """.utf8), "us-east-1/index.json:5:17: error: rate A.JRTCKXETXF.6YS6EN2CT7 has price 'ten cents' in USD, not a plain decimal"),
        ]
    }
}
