import CurlCalls
import Foundation

/// libcurl, opened when `catalog update` first downloads rather than when edxplan starts.
/// URLSession on Linux is libcurl underneath, but linking FoundationNetworking made every run
/// of every command load libcurl and the thirty libraries it needs (TLS, Kerberos, LDAP, ...):
/// about 6 ms and 450 page faults before `main`, a seventh of an `edxplan cost`. Opened here,
/// only an update over HTTPS pays for it.
///
/// The names and numbers are libcurl's stable ABI (curl/curl.h: CURLOPT_*, CURLINFO_*, CURLE_*).
/// `curl_easy_setopt` and `curl_easy_getinfo` are variadic: they are called from C
/// (`CurlCalls`), as variadic functions, through the pointers found here.
final class Curl: @unchecked Sendable {
    typealias Handle = OpaquePointer
    typealias WriteCallback = @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int

    static let ok: Int32 = 0
    static let partialFile: Int32 = 18          // CURLE_PARTIAL_FILE
    static let optURL: Int32 = 10_002           // CURLOPT_URL
    static let optWriteData: Int32 = 10_001     // CURLOPT_WRITEDATA
    static let optWriteFunction: Int32 = 20_011 // CURLOPT_WRITEFUNCTION
    static let optFollowLocation: Int32 = 52    // CURLOPT_FOLLOWLOCATION
    static let optNoSignal: Int32 = 99          // CURLOPT_NOSIGNAL
    static let optConnectTimeout: Int32 = 78    // CURLOPT_CONNECTTIMEOUT (seconds)
    static let optLowSpeedLimit: Int32 = 19     // CURLOPT_LOW_SPEED_LIMIT (bytes a second)
    static let optLowSpeedTime: Int32 = 20      // CURLOPT_LOW_SPEED_TIME (seconds)
    static let infoResponseCode: Int32 = 0x20_0002      // CURLINFO_RESPONSE_CODE (long)
    static let infoContentLength: Int32 = 0x60_000F     // CURLINFO_CONTENT_LENGTH_DOWNLOAD_T (curl_off_t)

    let easyInit: @convention(c) () -> Handle?
    let cleanup: @convention(c) (Handle?) -> Void
    let perform: @convention(c) (Handle?) -> Int32
    private let setopt: UnsafeMutableRawPointer
    private let getinfo: UnsafeMutableRawPointer
    let errorText: @convention(c) (Int32) -> UnsafePointer<CChar>?

    /// The process's libcurl, opened once; nil when the system has none.
    static let shared: Curl? = Curl()

    private init?() {
        #if os(macOS)
        let names = ["/usr/lib/libcurl.4.dylib"]
        #else
        let names = ["libcurl.so.4", "libcurl.so", "libcurl-gnutls.so.4"]
        #endif
        guard let library = names.lazy.compactMap({ dlopen($0, RTLD_NOW) }).first else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(library, name).map { unsafeBitCast($0, to: type) }
        }
        typealias GlobalInit = @convention(c) (Int) -> Int32
        guard let globalInit = symbol("curl_global_init", as: GlobalInit.self),
              let easyInit = symbol("curl_easy_init", as: (@convention(c) () -> Handle?).self),
              let cleanup = symbol("curl_easy_cleanup", as: (@convention(c) (Handle?) -> Void).self),
              let perform = symbol("curl_easy_perform", as: (@convention(c) (Handle?) -> Int32).self),
              let setopt = dlsym(library, "curl_easy_setopt"),
              let getinfo = dlsym(library, "curl_easy_getinfo"),
              let errorText = symbol("curl_easy_strerror", as: (@convention(c) (Int32) -> UnsafePointer<CChar>?).self),
              globalInit(3) == Curl.ok   // CURL_GLOBAL_DEFAULT, once, before any other thread uses libcurl
        else { return nil }
        self.easyInit = easyInit
        self.cleanup = cleanup
        self.perform = perform
        self.setopt = setopt
        self.getinfo = getinfo
        self.errorText = errorText
    }

    /// libcurl's own words for an error code (`Could not connect to server`).
    func describe(_ code: Int32) -> String {
        errorText(code).map { String(cString: $0) } ?? "libcurl error \(code)"
    }

    func setLong(_ handle: Handle?, _ option: Int32, _ value: Int) -> Int32 {
        edxplan_curl_setopt_long(setopt, UnsafeMutableRawPointer(handle), option, value)
    }

    func setPointer(_ handle: Handle?, _ option: Int32, _ value: UnsafeRawPointer?) -> Int32 {
        edxplan_curl_setopt_pointer(setopt, UnsafeMutableRawPointer(handle), option, value)
    }

    /// A response code or length (`long` and `curl_off_t` are both 64 bits on 64-bit Linux).
    func info(_ handle: Handle?, _ what: Int32) -> Int64 {
        var value: Int64 = 0
        return edxplan_curl_getinfo(getinfo, UnsafeMutableRawPointer(handle), what, &value) == Curl.ok ? value : 0
    }
}
