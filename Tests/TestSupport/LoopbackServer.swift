import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests that download: each request's path goes to
/// `route`, whose reply may be a file, an error status, a body cut short of its Content-Length,
/// or a file sent slowly (to kill a download halfway). One thread per connection; every
/// connection closes after one reply.
public final class LoopbackServer: @unchecked Sendable {
    public enum Reply: Sendable {
        case file(URL)
        case status(Int)
        /// `Content-Length: claimed`, then only `body`, then the connection closes.
        case truncated(Data, claimed: Int)
        /// The file in chunks of `chunk` bytes with `pause` seconds between them.
        case slow(URL, chunk: Int, pause: Double)
    }

    public let port: UInt16
    private let listener: Int32
    private let route: @Sendable (String) -> Reply

    public var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    public init(route: @escaping @Sendable (String) -> Reply) throws {
        self.route = route
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Closes the listening socket; connections in progress finish on their own.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var request = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !request.suffix(4).elementsEqual("\r\n\r\n".utf8) {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return }
            request += chunk[0..<count]
        }
        let firstLine = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
        let parts = firstLine.split(separator: " ")
        let path = parts.count > 1 ? String(parts[1]) : "/"
        switch route(path) {
        case .file(let url):
            guard let data = try? Data(contentsOf: url) else { return reply(connection, status: 404, body: Data()) }
            reply(connection, status: 200, body: data)
        case .status(let status):
            reply(connection, status: status, body: Data("error \(status)\n".utf8))
        case .truncated(let body, let claimed):
            send(connection, head(status: 200, length: claimed))
            send(connection, body)
        case .slow(let url, let size, let pause):
            guard let data = try? Data(contentsOf: url) else { return reply(connection, status: 404, body: Data()) }
            send(connection, head(status: 200, length: data.count))
            var offset = 0
            while offset < data.count {
                let end = min(offset + size, data.count)
                guard send(connection, data[offset..<end]) else { return }
                offset = end
                Thread.sleep(forTimeInterval: pause)
            }
        }
    }

    private func head(status: Int, length: Int) -> Data {
        let reason = [200: "OK", 404: "Not Found", 500: "Internal Server Error", 503: "Service Unavailable"][status] ?? "Status"
        return Data("HTTP/1.1 \(status) \(reason)\r\nContent-Type: application/json\r\nContent-Length: \(length)\r\nConnection: close\r\n\r\n".utf8)
    }

    private func reply(_ connection: Int32, status: Int, body: Data) {
        send(connection, head(status: status, length: body.count))
        send(connection, body)
    }

    /// MSG_NOSIGNAL: a client that hung up must not kill the test process with SIGPIPE.
    @discardableResult
    private func send(_ connection: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let count = Glibc.send(connection, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                if count <= 0 { return false }
                sent += count
            }
            return true
        }
    }
}

extension LoopbackServer {
    /// Serves the files under `root` at their paths, with `override` replies for some paths.
    public convenience init(root: URL, override: @escaping @Sendable (String) -> Reply? = { _ in nil }) throws {
        try self.init { path in
            if let reply = override(path) { return reply }
            let file = path.split(separator: "/").reduce(root) { $0.appendingPathComponent(String($1)) }
            return FileManager.default.fileExists(atPath: file.path) ? .file(file) : .status(404)
        }
    }
}
