import Account
import Foundation
import Simulator

/// State files read, checked and converted on a thread of their own while the caller writes
/// what is ready: an import's reading (on every core) and its writing (SQLite, one thread)
/// overlap instead of following each other.
///
/// Objects come an environment at a time, in the files' order (the importer's): an
/// environment's objects are attached to its VPC once all its files are read, which its
/// files, next to each other in that order, tell. The first refusal in that order ends the
/// stream; the caller, which writes in one transaction, rolls back and reports it. A caller
/// that drops the stream before its end (a library caller whose own step failed) stops the
/// reading thread: it holds only the exchange below, never the stream.
public final class StateStream: @unchecked Sendable {
    let exchange = Exchange()

    init(_ ordered: [StateSource], modelled: Set<String>, region: @escaping @Sendable (String) -> String) {
        let exchange = exchange
        let thread = Thread { Self.produce(ordered, modelled: modelled, region: region, into: exchange) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit { exchange.cancel() }

    /// The next environment's objects; nil once every file is in; throws the first file's refusal.
    public func next() throws -> [ImportedObject]? { try exchange.next() }

    /// Reads to the end, dropping what is not taken; throws the first file's refusal. A
    /// caller whose own step failed asks this first: a bad state file is reported before
    /// anything else, as when every file was read before the account was opened.
    public func finish() throws {
        while try next() != nil {}
    }

    /// Every unit's summary, in the files' order; complete once `next` returned nil.
    public var units: [StateImporter.UnitSummary] { exchange.units }

    private static func produce(_ ordered: [StateSource], modelled: Set<String>, region: @escaping @Sendable (String) -> String,
                                into exchange: Exchange) {
        // Files are parsed and converted on every core, a few at a time so that only those
        // are held parsed, and handed on in order.
        let batch = 4 * ProcessInfo.processInfo.activeProcessorCount
        let secrets = StateImporter.SharedSecretNames()
        var placement = VPCPlacement()
        var environment: [ImportedObject] = []
        var current: String?
        do {
            for start in stride(from: 0, to: ordered.count, by: batch) where !exchange.isCancelled {
                let chunk = Array(ordered[start..<min(start + batch, ordered.count)])
                exchange.free()
                for converted in StateImporter.convert(chunk, modelled: modelled, region: region, secrets: secrets) {
                    let file = try converted.get()
                    if file.summary.source.environment != current {
                        exchange.hand(placement.attach(&environment))
                        current = file.summary.source.environment
                    }
                    environment += file.objects
                    exchange.add(file.summary)
                }
            }
            exchange.hand(placement.attach(&environment))
        } catch {
            exchange.fail(error)
        }
        exchange.end()
    }

    /// What the reading thread and the caller share, under one lock.
    final class Exchange: @unchecked Sendable {
        private let condition = NSCondition()
        /// Environments converted and not yet taken, at most `ahead` of them.
        private var ready: [[ImportedObject]] = []
        private var failure: Error?
        private var done = false
        private var cancelled = false
        private var summaries: [StateImporter.UnitSummary] = []
        private let ahead = 8
        /// What `next` handed out last, and what the writer is done with: freed by the reading
        /// thread, not by the writer, whose one thread is an import's critical path (freeing an
        /// environment's objects, their dictionaries and strings, was a tenth of it).
        private var handed: [ImportedObject]?
        private var spent: [[ImportedObject]] = []

        var units: [StateImporter.UnitSummary] { condition.withLock { summaries } }
        var isCancelled: Bool { condition.withLock { cancelled } }

        func next() throws -> [ImportedObject]? {
            condition.lock()
            defer { condition.unlock() }
            // The caller asks for the next only once done with the last.
            if let last = handed {
                spent.append(last)
                handed = nil
            }
            while ready.isEmpty, !done { condition.wait() }
            if !ready.isEmpty {
                condition.broadcast()
                let next = ready.removeFirst()
                handed = next
                return next
            }
            if let failure { throw failure }
            return nil
        }

        /// Hands one environment's objects to the writer, waiting while it is `ahead` behind;
        /// dropped once the stream is.
        func hand(_ objects: [ImportedObject]) {
            guard !objects.isEmpty else { return }
            condition.lock()
            defer { condition.unlock() }
            while ready.count >= ahead, !cancelled { condition.wait() }
            guard !cancelled else { return }
            ready.append(objects)
            condition.broadcast()
        }

        func add(_ summary: StateImporter.UnitSummary) { condition.withLock { summaries.append(summary) } }
        func fail(_ error: Error) { condition.withLock { failure = error } }

        func end() {
            condition.withLock {
                done = true
                condition.broadcast()
            }
        }

        /// The stream was dropped: the reading thread stops at its next step.
        func cancel() {
            condition.withLock {
                cancelled = true
                ready = []
                condition.broadcast()
            }
        }

        /// Frees what the writer is done with, on the reading thread (outside the lock).
        func free() {
            var garbage: [[ImportedObject]] = []
            condition.withLock { swap(&garbage, &spent) }
            garbage.removeAll()
        }
    }
}

/// Objects the simulator files under their VPC get the VPC imported for their environment
/// (or the shared stack's, read first), and a release whose Service makes a load balancer
/// gets the one the cluster made for it, as an apply leaves them.
struct VPCPlacement {
    private var vpcs: [String: String] = [:]
    private var publicSubnets: [String: Int] = [:]

    /// Attaches one environment's objects (all of them, and only them); returns them and empties `objects`.
    mutating func attach(_ objects: inout [ImportedObject]) -> [ImportedObject] {
        for object in objects {
            let resource = object.resource
            if resource.type == "aws_vpc" { vpcs[resource.scope] = vpcs[resource.scope] ?? resource.id }
            if resource.type == "aws_subnet",
               resource.attributes["tier"]?.string == "public" || resource.attributes["map_public_ip_on_launch"]?.bool == true {
                publicSubnets[resource.scope, default: 0] += 1
            }
        }
        for index in objects.indices {
            let resource = objects[index].resource
            let vpc = vpcs[resource.scope] ?? vpcs["shared"]
            if Placement.livesInVPC(resource.type) { objects[index].resource.parentID = vpc }
            if resource.type == "helm_release", Placement.makesLoadBalancer(resource.attributes) {
                let zones = publicSubnets[resource.scope] ?? publicSubnets["shared"] ?? 1
                objects[index].alongside = Placement.ingressLoadBalancer(region: resource.region, scope: resource.scope, module: resource.module,
                                                                         vpc: vpc, zones: zones)
                let (scope, module) = (resource.scope, resource.module)
                objects[index].alongsideNote = { Placement.ingressNote($0, scope: scope, module: module, minute: 0) }
            }
        }
        defer { objects = [] }
        return objects
    }
}
