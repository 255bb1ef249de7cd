import Foundation

/// Downloads Price List files over HTTPS with libcurl (`Curl`: opened only when an update
/// downloads), one at a time, straight to a file in `folder` (an EC2 offer is hundreds of
/// megabytes: it never sits in memory).
public final class HTTPFetcher: PriceListFetcher {
    public let base: URL
    let folder: URL

    /// AWS's public Price List host: no account or credentials needed.
    public static let aws = URL(string: "https://pricing.us-east-1.amazonaws.com")!

    public init(base: URL, folder: URL) {
        self.base = base
        self.folder = folder
    }

    public var origin: String { base.absoluteString }

    public func fetch(_ path: String, label: String, progress: DownloadProgress?) throws -> FetchedFile {
        let url = URL(string: path, relativeTo: base)?.absoluteURL ?? base.appendingPathComponent(path)
        guard let curl = Curl.shared else {
            throw UpdateError.transfer(url: url.absoluteString, detail: "libcurl, which edxplan downloads with, is not installed "
                + "(Debian and Ubuntu: apt-get install libcurl4); or download the offer files elsewhere and use --from DIR")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(UUID().uuidString).json")
        guard FileManager.default.createFile(atPath: file.path, contents: nil), let handle = try? FileHandle(forWritingTo: file) else {
            throw UpdateError.transfer(url: url.absoluteString, detail: "cannot write \(file.path)")
        }
        let download = Download(curl: curl, handle: handle, progress: progress)
        progress?.started(label)
        let code = download.run(url.absoluteString)
        try? handle.close()
        progress?.finished()
        do {
            try download.check(url: url.absoluteString, code: code)
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw error
        }
        return FetchedFile(file: file, name: url.absoluteString, isTemporary: true)
    }
}

/// One download: libcurl calls `write` with each chunk as it arrives, which goes to the file.
private final class Download {
    let curl: Curl
    let handle: FileHandle
    let progress: DownloadProgress?
    private var easy: Curl.Handle?
    private(set) var status: Int?
    private var expected: Int64 = -1
    private var received: Int64 = 0
    private var writeFailure: String?

    init(curl: Curl, handle: FileHandle, progress: DownloadProgress?) {
        self.curl = curl
        self.handle = handle
        self.progress = progress
    }

    /// The transfer's libcurl result code.
    func run(_ url: String) -> Int32 {
        guard let easy = curl.easyInit() else { return 2 }   // CURLE_FAILED_INIT
        self.easy = easy
        defer { curl.cleanup(easy); self.easy = nil }
        let write: Curl.WriteCallback = { data, size, count, context in
            guard let context else { return 0 }
            let download = Unmanaged<Download>.fromOpaque(context).takeUnretainedValue()
            return download.write(UnsafeRawBufferPointer(start: data, count: size * count)) ? size * count : 0
        }
        let code = url.withCString { text -> Int32 in
            _ = curl.setPointer(easy, Curl.optURL, text)
            _ = curl.setPointer(easy, Curl.optWriteFunction, unsafeBitCast(write, to: UnsafeRawPointer.self))
            _ = curl.setPointer(easy, Curl.optWriteData, Unmanaged.passUnretained(self).toOpaque())
            _ = curl.setLong(easy, Curl.optFollowLocation, 1)
            _ = curl.setLong(easy, Curl.optNoSignal, 1)
            // As URLRequest's 60 s timeout: a connection that takes longer, or a transfer idle that long, fails.
            _ = curl.setLong(easy, Curl.optConnectTimeout, 60)
            _ = curl.setLong(easy, Curl.optLowSpeedLimit, 1)
            _ = curl.setLong(easy, Curl.optLowSpeedTime, 60)
            return curl.perform(easy)
        }
        readHeaders()
        return code
    }

    private func readHeaders() {
        guard status == nil, let easy else { return }
        let code = curl.info(easy, Curl.infoResponseCode)
        status = code > 0 ? Int(code) : nil
        expected = curl.info(easy, Curl.infoContentLength)
        if expected == 0 { expected = -1 }
    }

    /// False stops the transfer: a status other than 200 (its body is not the offer) or a failed write.
    private func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if status == nil {
            readHeaders()
            if status == 200, expected > 0 { progress?.expect(bytes: expected) }
        }
        guard status == 200 else { return false }
        do { try handle.write(contentsOf: Data(bytes)) } catch {
            writeFailure = error.localizedDescription
            return false
        }
        received += Int64(bytes.count)
        progress?.received(totalBytes: received)
        return true
    }

    /// A status other than 200, a transfer error, or a body shorter than its Content-Length.
    func check(url: String, code: Int32) throws {
        if let status, status != 200 { throw UpdateError.http(url: url, status: status) }
        if let writeFailure { throw UpdateError.transfer(url: url, detail: writeFailure) }
        if status != nil, expected > 0, received != expected {
            throw UpdateError.transfer(url: url, detail: "the body ended after \(received) of \(expected) bytes")
        }
        if code != Curl.ok { throw UpdateError.transfer(url: url, detail: curl.describe(code)) }
        if status == nil { throw UpdateError.transfer(url: url, detail: "no HTTP response") }
    }
}
