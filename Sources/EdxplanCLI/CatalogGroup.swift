import ArgumentParser
import Pipeline

struct CatalogGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Build, inspect and update the price and instance catalog.",
        subcommands: [Build.self, Info.self, Price.self, Instance.self, Import.self, Update.self])

    struct Build: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(commandName: "build", abstract: "Compile Catalog/*.sql into the catalog file.")
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String { try CatalogCommands.build(workspace: global.workspace) }
    }

    struct Info: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(commandName: "info", abstract: "The catalog's as-of date, regions and row counts.")
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String { try CatalogCommands.info(workspace: global.workspace, json: format == .json) }
    }

    struct Price: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(
            commandName: "price",
            abstract: "The on-demand hourly price of an instance type (or of an EKS cluster).",
            discussion: """
                Examples:
                  edxplan catalog price --service ec2 --type t3.large
                  edxplan catalog price --service rds --type db.t3.medium --deployment multi-az --format json
                  edxplan catalog price --service elasticache --type cache.t3.small --engine valkey --region eu-west-1
                  edxplan catalog price --service eks --type extended --region ap-south-1
                """)
        @Option(help: "ec2, rds, docdb, elasticache or eks.") var service: ServiceArgument
        @Option(help: "The instance type, e.g. t3.large or db.t2.small; for eks, standard or extended (support).") var type: String
        @Option(help: "The AWS region.") var region = "us-east-1"
        @Option(help: "mysql (rds), or redis or valkey (elasticache).") var engine: String?
        @Option(help: "single-az or multi-az (rds).") var deployment: DeploymentArgument = .singleAZ
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try CatalogCommands.price(service: service.rawValue, type: type, region: region, engine: engine,
                                      deployment: deployment.rawValue, workspace: global.workspace, json: format == .json)
        }
    }

    struct Instance: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(
            commandName: "instance",
            abstract: "The specs of an instance type (and EKS max pods for EC2).",
            discussion: "Example: edxplan catalog instance t3.large --format json")
        @Argument(help: "The instance type.") var type: String
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try CatalogCommands.instance(type: type, workspace: global.workspace, json: format == .json)
        }
    }
}

extension CatalogGroup {
    struct Import: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Refresh the catalog from an AWS file.",
            discussion: """
                aws-price-list: an AWS Price List bulk offer file, e.g. the per-region file
                  https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json
                instance-types: the output of `aws ec2 describe-instance-types --output json`.
                The rows go to Catalog/imports/<kind>-<file>.sql (review them in the diff) and replace
                older rows with the same key when the catalog is rebuilt.
                Example: edxplan catalog import aws-price-list AmazonRDS-us-east-1.json
                """)
        @Argument(help: "aws-price-list or instance-types.") var kind: ImportKindArgument
        @Argument(help: "The AWS file.") var file: String
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try CatalogCommands.importFile(kind: kind.rawValue, file: file, workspace: global.workspace)
        }
    }
}

extension CatalogGroup {
    struct Update: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Refresh prices from AWS's public Price List bulk files.",
            discussion: """
                Reads https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json, each service's \
                region index and each region's offer file (no AWS account needed), then writes the updated \
                catalog to --catalog PATH, else to $XDG_DATA_HOME/edxplan/catalog.sqlite \
                (~/.local/share/edxplan/catalog.sqlite). Nothing changes unless every file was read.
                --from DIR reads files downloaded elsewhere, kept at the paths they have on the server \
                (DIR/offers/v1.0/aws/index.json, DIR/offers/v1.0/aws/AmazonEC2/current/region_index.json, ...).
                Examples:
                  edxplan catalog update
                  edxplan catalog update --service AmazonEC2 --region eu-west-1 --region us-east-1
                  edxplan catalog update --from ./price-list
                """)
        @Option(name: .customLong("service"), help: ArgumentHelp("Only this offer (repeatable): AmazonEC2, AmazonRDS, "
            + "AmazonDocDB, AmazonElastiCache, AmazonEKS, AmazonS3, AmazonCloudFront, AmazonRoute53, AmazonVPC, AWSELB, "
            + "AmazonCloudWatch, AWSSecretsManager, AWSBackup, AWSDataTransfer or AmazonECR.", valueName: "offer")) var services: [String] = []
        @Option(name: .customLong("region"), help: ArgumentHelp("Only this region (repeatable).", valueName: "region"))
        var regions: [String] = []
        @Option(help: ArgumentHelp("Read the files from this folder instead of downloading them.", valueName: "dir"))
        var from: String?
        @Option(help: ArgumentHelp("Download from this mirror of the Price List host instead of AWS's.", valueName: "url"))
        var endpoint: String?
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if from != nil, endpoint != nil { throw ValidationError("--from and --endpoint exclude each other") }
        }

        mutating func execute() throws -> String {
            let workspace = global.workspace
            return try CatalogUpdateCommand.run(
                services: services, regions: regions, from: from, endpoint: endpoint, workspace: workspace,
                progress: from == nil ? TerminalProgress.forStandardError(environment: workspace.environment) : nil)
        }
    }
}

enum ImportKindArgument: String, ExpressibleByArgument, CaseIterable {
    case awsPriceList = "aws-price-list", instanceTypes = "instance-types"
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }
enum ServiceArgument: String, ExpressibleByArgument, CaseIterable { case ec2, rds, docdb, elasticache, eks }
enum DeploymentArgument: String, ExpressibleByArgument, CaseIterable {
    case singleAZ = "single-az", multiAZ = "multi-az"
}
