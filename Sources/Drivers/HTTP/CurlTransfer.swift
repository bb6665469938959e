import CCurl
import Foundation
import Synchronization

/// One HTTP exchange run by libcurl on a thread of its own (never the cooperative pool).
///
/// The request body is pulled chunk by chunk from a ``ChunkPipe`` fed by a task reading the caller's source;
/// the response body is pushed into another pipe the caller reads. Both pipes are bounded, so a slow side
/// holds the other back instead of growing memory. ``cancel()`` stops the transfer from any thread.
final class CurlTransfer: @unchecked Sendable {
    private static let uploadCapacity = 4
    private static let downloadCapacity = 16

    private let endpoint: HTTPEndpoint
    private let request: HTTPRequest
    private let connectTimeout: Duration
    private let download = ChunkPipe(capacity: CurlTransfer.downloadCapacity)
    private let upload: ChunkPipe?
    private let cancelled = Atomic<Bool>(false)
    private let head = Mutex(HeadState())
    private let uploadTask = Mutex<Task<Void, Never>?>(nil)

    // Touched only by the transfer thread (inside `run` and the libcurl callbacks it triggers).
    private var easy: CurlEasy?
    private var headerLines: [(name: String, value: String)] = []
    private var uploadChunk: [UInt8] = []
    private var uploadOffset = 0
    /// Why a callback stopped the transfer: the body source's error, or a deadline passed while blocked.
    private var callbackFailure: (any Error)?
    /// When ``HTTPRequest/timeout`` runs out. libcurl checks its own timeout only between callbacks, so the
    /// callbacks that block (waiting for the body source or for the reader) watch it themselves.
    private let deadline: Date?

    private struct HeadState {
        var delivered = false
        /// The head, between its arrival and `start()` taking it.
        var result: Result<HTTPResponse, any Error>?
        var waiter: CheckedContinuation<HTTPResponse, any Error>?
    }

    init(endpoint: HTTPEndpoint, request: HTTPRequest, connectTimeout: Duration) {
        self.endpoint = endpoint
        self.request = request
        self.connectTimeout = connectTimeout
        deadline = request.timeout.map { Date(timeIntervalSinceNow: Double(Self.milliseconds($0)) / 1000) }
        if case .stream = request.body {
            upload = ChunkPipe(capacity: Self.uploadCapacity)
        } else {
            upload = nil
        }
    }

    /// How errors and logs name this transfer: `unix:///var/run/docker.sock/v1.41/_ping`, `https://host:2376/...`.
    /// The query is left out: it may carry values (build args, filters) that do not belong in logs.
    var displayURL: String {
        "\(endpoint)\(request.target.prefix { $0 != "?" })"
    }

    /// Starts the transfer and waits for the response's status and headers.
    /// - Throws: ``HTTPTransportError``, the body source's error, or `CancellationError`.
    func start() async throws -> HTTPResponse {
        if case .stream(let source) = request.body, let upload {
            uploadTask.withLock { $0 = Task { await Self.pump(source, into: upload) } }
        }
        let thread = Thread { [self] in run() }
        thread.name = "berth.curl"
        thread.stackSize = 512 * 1024
        thread.start()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (waiter: CheckedContinuation<HTTPResponse, any Error>) in
                let ready = head.withLock { state -> Result<HTTPResponse, any Error>? in
                    guard let result = state.result else {
                        state.waiter = waiter
                        return nil
                    }
                    state.result = nil
                    return result
                }
                if let ready { waiter.resume(with: ready) }
            }
        } onCancel: {
            cancel()
        }
    }

    /// The next chunk of the response body; `nil` at its end.
    func nextBodyChunk() async throws -> [UInt8]? {
        try await withTaskCancellationHandler {
            try await download.pull()
        } onCancel: {
            cancel()
        }
    }

    /// Stops the transfer: libcurl aborts at its next callback, both pipes wake up.
    func cancel() {
        guard !cancelled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        download.cancel()
        upload?.cancel()
        uploadTask.withLock { $0?.cancel() }
    }

    // MARK: Transfer thread

    private func run() {
        var failure: (any Error)?
        do {
            try perform()
        } catch {
            if cancelled.load(ordering: .acquiring) {
                failure = CancellationError()
            } else if let callbackFailure {
                failure = callbackFailure
            } else {
                failure = error
            }
        }
        easy = nil
        let headers = headerLines
        deliverHead {
            failure.map { .failure($0) }
                ?? .success(HTTPResponse(status: 0, headers: headers, body: HTTPResponseBody(self)))
        }
        download.finish(throwing: failure)
        upload?.cancel()
        uploadTask.withLock { $0?.cancel() }
    }

    private func perform() throws {
        let easy = try CurlEasy(method: request.method, url: displayURL)
        self.easy = easy
        let context = Unmanaged.passUnretained(self).toOpaque()
        try easy.set(CURLOPT_URL, endpoint.baseURL + request.target)
        if let path = endpoint.unixSocketPath {
            try easy.set(CURLOPT_UNIX_SOCKET_PATH, path)
        }
        if let tls = endpoint.tls {
            if let caFile = tls.caFile { try easy.set(CURLOPT_CAINFO, caFile) }
            if let certFile = tls.certFile { try easy.set(CURLOPT_SSLCERT, certFile) }
            if let keyFile = tls.keyFile { try easy.set(CURLOPT_SSLKEY, keyFile) }
        }
        try easy.set(CURLOPT_NOSIGNAL, 1)
        try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(connectTimeout))
        if let timeout = request.timeout {
            try easy.set(CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout))
        }
        var headers = request.headers.map { "\($0.name): \($0.value)" }
        headers.append("Expect:")
        switch request.body {
        case .empty:
            if request.method == "POST" || request.method == "PUT" {
                try easy.set(CURLOPT_POSTFIELDSIZE, 0)
                try easy.set(CURLOPT_COPYPOSTFIELDS, "")
            }
        case .bytes(let bytes):
            try easy.set(CURLOPT_POSTFIELDSIZE, bytes.count)
            try bytes.withUnsafeBytes { buffer in
                // COPYPOSTFIELDS copies `POSTFIELDSIZE` bytes, so the buffer need not outlive this call.
                try easy.set(
                    CURLOPT_COPYPOSTFIELDS,
                    UnsafeMutableRawPointer(mutating: buffer.baseAddress ?? UnsafeRawPointer(context)))
            }
        case .stream:
            try easy.set(CURLOPT_UPLOAD, 1)
            try easy.set(CURLOPT_READFUNCTION, Self.readCallback)
            try easy.set(CURLOPT_READDATA, context)
            headers.append("Transfer-Encoding: chunked")
        }
        if request.method == "HEAD" {
            try easy.set(CURLOPT_NOBODY, 1)
        } else {
            try easy.set(CURLOPT_CUSTOMREQUEST, request.method)
        }
        try easy.setHeaders(headers)
        try easy.set(CURLOPT_HEADERFUNCTION, Self.headerCallback)
        try easy.set(CURLOPT_HEADERDATA, context)
        try easy.set(CURLOPT_WRITEFUNCTION, Self.writeCallback)
        try easy.set(CURLOPT_WRITEDATA, context)
        try easy.set(CURLOPT_NOPROGRESS, 0)
        try easy.set(CURLOPT_XFERINFOFUNCTION, Self.progressCallback)
        try easy.set(CURLOPT_XFERINFODATA, context)
        try easy.perform()
    }

    /// Hands the response head (or the failure) to ``start()`` once; later calls do nothing. `result` is built
    /// only when it is delivered: a response made and dropped would cancel the transfer.
    private func deliverHead(_ result: () -> Result<HTTPResponse, any Error>) {
        let delivery = head.withLock {
            state -> (CheckedContinuation<HTTPResponse, any Error>, Result<HTTPResponse, any Error>)? in
            guard !state.delivered else { return nil }
            state.delivered = true
            guard let waiter = state.waiter else {
                // Kept only until `start()` takes it: the response holds the transfer, so keeping it longer
                // would be a reference cycle and the transfer would never be freed nor cancelled on drop.
                state.result = result()
                return nil
            }
            state.waiter = nil
            return (waiter, result())
        }
        if let (waiter, result) = delivery {
            waiter.resume(with: result)
        }
    }

    private func receivedHeader(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            headerLines = []
        } else if line.isEmpty {
            let status = easy?.responseCode ?? 0
            if status >= 200 {
                let headers = headerLines
                deliverHead { .success(HTTPResponse(status: status, headers: headers, body: HTTPResponseBody(self))) }
            }
        } else if let colon = line.firstIndex(of: ":") {
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headerLines.append((String(line[..<colon]), value))
        }
    }

    private func receivedBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        switch download.pushBlocking(Array(bytes), until: deadline) {
        case .accepted:
            return true
        case .cancelled:
            return false
        case .deadlinePassed:
            callbackFailure = timedOut("the response body was not read in time")
            return false
        }
    }

    private func timedOut(_ detail: String) -> HTTPTransportError {
        HTTPTransportError(code: CURLE_OPERATION_TIMEDOUT, detail: detail, method: request.method, url: displayURL)
    }

    /// Fills libcurl's upload buffer; 0 ends the body, `CURL_READFUNC_ABORT` fails the transfer.
    private func fillUpload(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let upload else { return 0 }
        if uploadOffset == uploadChunk.count {
            switch upload.pullBlocking(until: deadline) {
            case .success(let chunk?):
                uploadChunk = chunk
                uploadOffset = 0
            case .success(nil):
                uploadChunk = []
                uploadOffset = 0
                return 0
            case .failure(let error):
                callbackFailure =
                    error is ChunkPipe.DeadlinePassed ? timedOut("the request body source stalled") : error
                return Int(CURL_READFUNC_ABORT)
            }
        }
        let count = min(buffer.count, uploadChunk.count - uploadOffset)
        uploadChunk.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[uploadOffset..<uploadOffset + count]))
        }
        uploadOffset += count
        return count
    }

    /// Reads the caller's body source into the upload pipe, one chunk ahead of libcurl.
    private static func pump(_ source: some AsyncSequence<[UInt8], any Error>, into pipe: ChunkPipe) async {
        do {
            for try await chunk in source where !chunk.isEmpty {
                try await pipe.push(chunk)
            }
            pipe.finish()
        } catch {
            pipe.finish(throwing: error)
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    // MARK: libcurl callbacks (C function pointers; the context is the transfer, kept alive by `run`)

    private static let headerCallback: berth_curl_data_callback = { buffer, size, count, context in
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
        transfer.receivedHeader(UnsafeRawBufferPointer(start: buffer, count: size * count))
        return size * count
    }

    private static let writeCallback: berth_curl_data_callback = { buffer, size, count, context in
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
        return transfer.receivedBody(UnsafeRawBufferPointer(start: buffer, count: size * count)) ? size * count : 0
    }

    private static let readCallback: berth_curl_data_callback = { buffer, size, count, context in
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
        return transfer.fillUpload(UnsafeMutableRawBufferPointer(start: buffer, count: size * count))
    }

    private static let progressCallback: berth_curl_xferinfo_callback = { context, _, _, _, _ in
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
        return transfer.cancelled.load(ordering: .relaxed) ? 1 : 0
    }
}
