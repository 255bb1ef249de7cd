import Account
import Blueprint
import Foundation

/// A folder under the system temporary directory, removed by the caller's `defer`.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-account-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs `/usr/bin/sqlite3` on `file`: a second process on the same account.
func sqlite3(_ file: URL, _ sql: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    // The same busy wait the account uses, so the CLI queues for the write lock too.
    process.arguments = ["-cmd", ".timeout 5000", file.path, sql]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

let sampleVPC = NewResource(type: "aws_vpc", region: "us-east-1", scope: "prod", module: "vpc",
                            address: "module.vpc.aws_vpc.this[0]",
                            attributes: ["cidr_block": .string("10.0.0.0/16"), "enable_dns_hostnames": .bool(true)])

func subnet(in vpc: String, index: Int) -> NewResource {
    NewResource(type: "aws_subnet", region: "us-east-1", scope: "prod", module: "vpc",
                address: "module.vpc.aws_subnet.private[\(index)]",
                attributes: ["cidr_block": .string("10.0.\(index).0/24")], parentID: vpc)
}

/// Every case of AttributeValue, including the edge shapes JSON could confuse.
let everyAttributeCase: [String: AttributeValue] = [
    "text": .string("db.t3.medium"), "empty": .string(""), "number_text": .string("42"),
    "count": .int(3), "negative": .int(-7), "zero": .int(0),
    "on": .bool(true), "off": .bool(false),
    "zones": .strings(["us-east-1a", "us-east-1b"]), "none": .strings([]),
    "quoted": .string("say \"hi\" / \\ ü"),
]

func stateEntry(_ address: String, type: String = "aws_vpc", module: String = "vpc", resourceID: String,
                attributes: [String: AttributeValue] = [:]) -> StateEntry {
    StateEntry(address: address, type: type, module: module, resourceID: resourceID, attributes: attributes)
}
