import Rehearsal
import TerragruntImport

/// Hazards read from an imported tree's scenario, each pointed at the tree's own lines that
/// cause it (`terraform/modules/mysql/main.tf:9:13`), so the fix can be made where it belongs.
enum TreeEvidence {
    static func attach(_ evidence: [HazardEvidence], to hazards: [Hazard]) -> [Hazard] {
        guard !evidence.isEmpty else { return hazards }
        let byID = Dictionary(grouping: evidence, by: \.id)
        return hazards.map { hazard in
            guard let all = byID[hazard.id] else { return hazard }
            // Of several causes (H17's literal names, H23's notes), the ones this hazard names.
            let said = hazard.title + " " + hazard.evidence + " " + hazard.address + " " + (hazard.awsError ?? "")
            let named = all.filter { line in
                line.topic.map { said.contains($0) } ?? quoted(line.text).contains { said.contains($0) }
            }
            let lines = named.isEmpty ? all.filter { $0.topic == nil } : named
            guard !lines.isEmpty else { return hazard }
            var pointed = hazard
            let places = lines.map { "\($0.location): \($0.text)" }
            pointed.evidence += "; in the tree: " + places.joined(separator: "; ")
            return pointed
        }
    }

    /// The double-quoted literals of a line: `name = "mysql_subnet_group"` -> mysql_subnet_group.
    static func quoted(_ text: String) -> [String] {
        let parts = text.split(separator: "\"", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }.filter { $0.count > 3 }
    }
}
