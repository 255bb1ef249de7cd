import Account
import Foundation
import Planner
import TerraformState

extension StateImporter {
    /// What one state file brings: its unit's summary and its objects, in the file's order.
    struct ConvertedFile {
        var summary: UnitSummary
        var objects: [ImportedObject]
    }

    /// Each file read, checked and converted, or its refusal, in the order given. The work
    /// of a file is its own (the checks are per unit), so files are done on every core.
    static func convert(_ sources: [StateSource], modelled: Set<String>, region: @escaping @Sendable (String) -> String,
                        secrets: SharedSecretNames) -> [Result<ConvertedFile, Error>] {
        let results = Slots(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let source = sources[index]
            let result = Result<ConvertedFile, Error> {
                let data = try StateReader.contents(of: source.url, file: source.display)
                var resources: [StateResource] = []
                // Nested attribute values are checked, not built, but for those a value is lifted from.
                let header = try StateReader.stream(data, file: source.display, keepingWhole: AttributeConversion.liftedFrom) {
                    resources.append($0)
                }
                var names = secrets.current()
                defer { secrets.keep(names) }
                return try FileConversion.convert(source, header: header, resources: resources, modelled: modelled, region: region,
                                                  secrets: &names)
            }
            results.set(index, result)
        }
        return results.all
    }

    /// The results, written by the workers under a lock.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<ConvertedFile, Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<ConvertedFile, Error>) { lock.withLock { slots[index] = result } }

        var all: [Result<ConvertedFile, Error>] { lock.withLock { slots.map { $0! } } }
    }

    /// Which names are secrets, shared by the workers: each file starts from what the
    /// others learned (asking `Sensitive` about a name costs a hundred lookups in a
    /// dictionary) and hands back what it learned. Two files learning at once keep one's.
    final class SharedSecretNames: @unchecked Sendable {
        private let lock = NSLock()
        private var names = AttributeConversion.SecretNames()

        func current() -> AttributeConversion.SecretNames { lock.withLock { names } }

        func keep(_ learned: AttributeConversion.SecretNames) { lock.withLock { names = learned } }
    }
}
