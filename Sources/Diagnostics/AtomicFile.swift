import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees half of one: write to a temporary file in the
/// same directory, then rename over the target (rename is atomic on one file system).
/// A write that cannot happen is an `OutputError` naming the user's path (never the
/// temporary file), and leaves nothing behind: no temporary file, no folder it made.
public enum AtomicFile {
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    public static func write(_ data: Data, to url: URL) throws {
        try checkWritable(url)
        let directory = url.deletingLastPathComponent()
        let made = try makeFolders(directory, for: url)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try create(temporary, with: data, reportingAs: url)
            try replace(url, with: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            for folder in made.reversed() { try? FileManager.default.removeItem(at: folder) }
            throw (error as? OutputError) ?? OutputError(path: url.path, reason: "\(error.localizedDescription)")
        }
    }

    /// Refuses a target that is a folder (or a path through a file) before anything is made.
    public static func checkWritable(_ url: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw OutputError(path: url.path, reason: "it is a folder", hint: "name a file, for example \(url.appendingPathComponent("out").path)")
        }
        var ancestor = url.deletingLastPathComponent()
        while ancestor.path != "/" && !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder) {
            ancestor = ancestor.deletingLastPathComponent()
        }
        if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw OutputError(path: url.path, reason: "\(ancestor.path) is a file, not a folder")
        }
    }

    /// Creates the missing folders of `directory`, returning those it made (outermost first).
    private static func makeFolders(_ directory: URL, for url: URL) throws -> [URL] {
        var missing: [URL] = []
        var folder = directory
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.path) {
            missing.insert(folder, at: 0)
            folder = folder.deletingLastPathComponent()
        }
        var made: [URL] = []
        for folder in missing {
            guard mkdir(folder.path, 0o755) == 0 else {
                let reason = String(cString: strerror(errno))
                for done in made.reversed() { try? FileManager.default.removeItem(at: done) }
                throw OutputError(path: url.path, reason: "cannot create the folder \(folder.path): \(reason)")
            }
            made.append(folder)
        }
        return made
    }

    /// The temporary file, with open(2) and write(2): errno then says why it failed
    /// (FileManager's own writes go through yet another temporary file).
    private static func create(_ temporary: URL, with data: Data, reportingAs url: URL) throws {
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: url.path, reason: "cannot create a file in \(temporary.deletingLastPathComponent().path) (\(String(cString: strerror(errno))))")
        }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        guard failure == 0 else { throw OutputError(path: url.path, reason: String(cString: strerror(failure))) }
    }

    /// Moves `temporary` over `target` with POSIX rename(2), which replaces an existing file
    /// atomically. (FileManager.replaceItemAt deletes the target and fails on Linux with
    /// swift-corelibs-foundation 6.3: swiftlang/swift-corelibs-foundation#4655.)
    public static func replace(_ target: URL, with temporary: URL) throws {
        guard rename(temporary.path, target.path) == 0 else {
            throw OutputError(path: target.path, reason: String(cString: strerror(errno)))
        }
    }
}

/// write(2), named apart from `AtomicFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// A file edxplan was asked to write but cannot: the user's path and the system's reason
/// ("Permission denied", "it is a folder"), exit code 2.
public struct OutputError: UserError, Equatable {
    public var path: String
    public var reason: String
    public var hint: String?
    public var location: SourceLocation? { nil }
    public var message: String { "cannot write \(path): \(reason)" }

    public init(path: String, reason: String, hint: String? = "choose a file in a folder you can write to") {
        self.path = path
        self.reason = reason
        self.hint = hint
    }
}
