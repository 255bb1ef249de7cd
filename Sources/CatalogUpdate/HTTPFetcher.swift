import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads Price List files over HTTPS with URLSession, one at a time, straight to a file
/// in `folder` (an EC2 offer is hundreds of megabytes: it never sits in memory).
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
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(UUID().uuidString).json")
        guard FileManager.default.createFile(atPath: file.path, contents: nil), let handle = try? FileHandle(forWritingTo: file) else {
            throw UpdateError.transfer(url: url.absoluteString, detail: "cannot write \(file.path)")
        }
        let download = Download(handle: handle, progress: progress)
        progress?.started(label)
        let session = URLSession(configuration: .ephemeral, delegate: download, delegateQueue: nil)
        var request = URLRequest(url: url)
        request.timeoutInterval = 60
        session.dataTask(with: request).resume()
        download.done.wait()
        session.finishTasksAndInvalidate()
        try? handle.close()
        progress?.finished()
        do {
            try download.check(url: url.absoluteString)
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw error
        }
        return FetchedFile(file: file, name: url.absoluteString, isTemporary: true)
    }
}

/// The delegate of one download: writes each chunk as it arrives and signals at the end.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let handle: FileHandle
    let progress: DownloadProgress?
    let done = DispatchSemaphore(value: 0)
    private var status: Int?
    private var expected: Int64 = -1
    private var received: Int64 = 0
    private var failure: Error?
    private var writeFailure: String?

    init(handle: FileHandle, progress: DownloadProgress?) {
        self.handle = handle
        self.progress = progress
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        status = (response as? HTTPURLResponse)?.statusCode
        expected = response.expectedContentLength
        if status == 200, expected > 0 { progress?.expect(bytes: expected) }
        completionHandler(status == 200 ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        do { try handle.write(contentsOf: data) } catch {
            writeFailure = error.localizedDescription
            dataTask.cancel()
            return
        }
        received += Int64(data.count)
        progress?.received(totalBytes: received)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        failure = error
        done.signal()
    }

    /// A status other than 200, a transfer error, or a body shorter than its Content-Length.
    func check(url: String) throws {
        if let status, status != 200 { throw UpdateError.http(url: url, status: status) }
        if let writeFailure { throw UpdateError.transfer(url: url, detail: writeFailure) }
        if let failure { throw UpdateError.transfer(url: url, detail: failure.localizedDescription) }
        if status == nil { throw UpdateError.transfer(url: url, detail: "no HTTP response") }
        if expected > 0, received != expected {
            throw UpdateError.transfer(url: url, detail: "the body ended after \(received) of \(expected) bytes")
        }
    }
}
