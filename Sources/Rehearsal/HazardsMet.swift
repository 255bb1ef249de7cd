import Simulator

/// Hazards met while running: the AWS errors of the run, mapped to the catalogue's ids.
enum HazardsMet {
    static func from(_ phases: [RunResult], scope: String) -> [Hazard] {
        var met: [Hazard] = []
        for phase in phases {
            // A unit Terragrunt ran again until it succeeded met the error, and lost only time.
            let cleared = Set(phase.modules.filter { $0.status == .succeeded && $0.attempts > 1 }.map(\.name))
            for failure in phase.failures {
                guard let error = failure.failure else { continue }
                let (id, severity) = classify(error.code, address: failure.address)
                let evidence = "met during \(phase.mode.rawValue)"
                    + (cleared.contains(failure.module) ? ", then cleared by Terragrunt's auto-retry (retryable_errors)" : "")
                met.append(Hazard(id: id, title: error.code, severity: severity, scope: scope,
                                  address: "\(failure.module): \(failure.address)", evidence: evidence,
                                  awsError: error.line, fix: error.fix ?? "see the AWS error", met: true))
            }
            // Where a real run stops and the simulation went on: each rule names its hazard. The
            // certificate lookup is met where the catalogue reads it, at the data source.
            for refused in phase.refusals {
                guard let refusal = refused.refusal else { continue }
                let lookup = refusal.hazard == "H13"
                met.append(Hazard(id: refusal.hazard, title: refusal.failure.code,
                                  severity: refusal.stage == .destroy ? .blocksDestroy : .blocksRecreate, scope: scope,
                                  address: "\(refused.module): \(lookup ? CertificateLookup.dataSource : refused.address)",
                                  evidence: "met during \(phase.mode.rawValue): a real run stops here (\(refusal.when)); the simulation went on",
                                  awsError: refusal.failure.line, fix: refusal.failure.fix ?? "see the error", met: true))
            }
            for module in phase.modules where module.status == .earlyExit {
                met.append(Hazard(id: "TG-early-exit", title: "Terragrunt skipped a unit", severity: .blocksDestroy, scope: scope,
                                  address: module.name, evidence: module.message ?? "", awsError: nil,
                                  fix: "fix the failure it waited for, then run again", met: true))
            }
        }
        return met
    }

    static func classify(_ code: String, address: String) -> (String, Severity) {
        switch code {
        case "DependencyViolation": return ("H6", .blocksDestroy)
        case "BucketNotEmpty": return ("H5", .blocksDestroy)
        case "InvalidDBParameterGroupState", "DBClusterParameterGroupNotFound": return ("H12", .blocksDestroy)
        case "AddressLimitExceeded", "VpcLimitExceeded", "NatGatewayLimitExceeded", "InternetGatewayLimitExceeded",
             "InstanceQuotaExceeded": return ("QUOTA-\(code)", .blocksRecreate)
        case "DBSubnetGroupAlreadyExists", "DBInstanceAlreadyExists", "DBParameterGroupAlreadyExists",
             "DBClusterAlreadyExistsFault", "BucketAlreadyOwnedByYou": return ("H17", .blocksRecreate)
        case "ResourceAlreadyExistsException": return ("H8", .blocksRecreate)
        case "InvalidParameterCombination": return (address.contains("docdb") ? "TS-H10" : "TS-H9", .blocksDestroy)
        case "DBSnapshotAlreadyExists", "DBClusterSnapshotAlreadyExistsFault", "SnapshotAlreadyExistsFault":
            return ("TS-H8", .blocksDestroy)
        case "InvalidParameterValue": return ("H19", .blocksDestroy)
        case "ProviderError" where address.contains("aws_db_instance") || address.contains("aws_docdb_cluster"):
            return ("TS-H7", .blocksDestroy)
        case "ResourceInUseException": return (address.contains("acm") ? "TS-H13" : "TS-H6", .blocksDestroy)
        default: return ("FAULT-\(code)", .blocksRecreate)
        }
    }
}
