import Foundation
#if canImport(Glibc)
import Glibc
#endif

// What the signal handler and the watchdog thread read: the input being tried, copied into a
// buffer allocated once, and the path to save it to (a C string made before any input runs,
// since a signal handler may only call async-signal-safe functions such as open and write).
nonisolated(unsafe) private var currentBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
nonisolated(unsafe) private var currentCapacity = 1
nonisolated(unsafe) private var currentCount = 0
nonisolated(unsafe) private var currentIndex = -1
nonisolated(unsafe) private var savePath: UnsafeMutablePointer<CChar>? = nil
nonisolated(unsafe) private var running = false

/// Saves the input that crashed or hung the fuzzer, and says which it was.
enum Watchdog {
    static func start(target: String, seed: UInt64) {
        savePath = strdup("fuzz-\(target)-\(seed).input")
        // An alternate stack, so a stack overflow (SIGSEGV) still runs the handler.
        let size = 1 << 16
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        sigaltstack(&stack, nil)
        for signal in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                Watchdog.save()
                let note = "\nedxplan-bench fuzz: a crash (signal); the input is saved\n"
                _ = note.withCString { write(2, $0, strlen($0)) }
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
        running = true
        let thread = Thread {
            var seen = -1
            var since = Date()
            while running {
                Thread.sleep(forTimeInterval: 0.25)
                let index = currentIndex
                if index != seen { seen = index; since = Date(); continue }
                if index >= 0, Date().timeIntervalSince(since) > Fuzz.hangSeconds {
                    save()
                    FileHandle.standardError.write(Data(
                        "edxplan-bench fuzz: input #\(index) ran past \(Int(Fuzz.hangSeconds)) s (a hang); saved to \(String(cString: savePath!))\n".utf8))
                    exit(3)
                }
            }
        }
        thread.start()
    }

    static func begin(index: Int, input: Data) {
        if input.count > currentCapacity {
            currentBytes.deallocate()
            currentCapacity = input.count
            currentBytes = .allocate(capacity: currentCapacity)
        }
        input.copyBytes(to: currentBytes, count: input.count)
        currentCount = input.count
        currentIndex = index
    }

    static func finish() { running = false }

    /// open(2) and write(2) only: safe inside a signal handler.
    static func save() {
        guard let savePath else { return }
        let descriptor = open(savePath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        _ = write(descriptor, currentBytes, currentCount)
        close(descriptor)
    }
}
