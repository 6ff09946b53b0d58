import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request and its answer, bounded by a deadline whatever the server does.
///
/// URLSession is told to follow no redirect (the 3xx comes back as the answer, for the
/// caller to judge) and to answer no authentication challenge (a 401 comes back as the
/// answer: on Linux, default handling of a `WWW-Authenticate` challenge leaves the task
/// idle for good). The deadline covers connecting, sending and receiving together: a
/// server that trickles its answer a byte at a time resets URLSession's idle timeout,
/// so the waiting thread stops at the deadline itself, cancels the task and reports how
/// far the exchange had got. At most `bodyLimit` bytes of the answer are kept.
///
/// Thread safety: `perform` blocks the calling thread; the delegate's state is guarded
/// by a lock because URLSession calls it on its own queue.
struct HTTPExchange {
    struct Answer {
        var status: Int
        var headers: [String: String]
        /// The first `bodyLimit` bytes of the answer's body.
        var body: Data
        /// How many bytes the body had in all.
        var bodyLength: Int
        /// The authentication scheme of a 401/407 challenge, e.g. "Basic".
        var challenge: String?

        func header(_ name: String) -> String? {
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    /// How far an exchange had got when it was stopped.
    enum Stage: Equatable {
        case connecting
        case sending(sent: Int64, of: Int64)
        case awaitingAnswer
        case receiving(bytes: Int)
    }

    enum Failure: Error {
        case deadline(Stage)
        case transport(String)
    }

    static let bodyLimit = 64 * 1024

    /// Sends `request` with `body` and waits for the answer until `deadline`.
    /// - Throws: `Failure.deadline` naming the stage reached, or `.transport` with a short reason.
    static func perform(_ request: URLRequest, body: Data, deadline: DispatchTime) throws -> Answer {
        let recorder = Recorder(expected: Int64(body.count))
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.urlCredentialStorage = nil
        // URLSession's own timeouts are set past the deadline: the deadline decides, so
        // the message can say how far the exchange got.
        let remaining = Double(deadline.uptimeNanoseconds &- DispatchTime.now().uptimeNanoseconds) / 1e9
        let slack = max(1, remaining) + 5
        configuration.timeoutIntervalForRequest = slack
        configuration.timeoutIntervalForResource = slack
        var request = request
        request.timeoutInterval = slack
        let session = URLSession(configuration: configuration, delegate: recorder, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let task = session.uploadTask(with: request, from: body)
        task.resume()
        if recorder.done.wait(timeout: deadline) == .timedOut {
            let stage = recorder.stage
            task.cancel()
            throw Failure.deadline(stage)
        }
        return try recorder.answer(of: task)
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        guard nsError.domain == NSURLErrorDomain else { return nsError.localizedDescription }
        switch nsError.code {
        case NSURLErrorCannotConnectToHost: return "the connection was refused"
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return "the host name is not known"
        case NSURLErrorNetworkConnectionLost: return "the server closed the connection"
        case NSURLErrorNotConnectedToInternet: return "there is no network"
        case NSURLErrorTimedOut: return "the server stopped answering"
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted,
             NSURLErrorServerCertificateHasBadDate, NSURLErrorServerCertificateNotYetValid,
             NSURLErrorServerCertificateHasUnknownRoot:
            return "the TLS connection failed (is the certificate valid for this host?)"
        case NSURLErrorBadServerResponse: return "the server's answer is not HTTP"
        default: return "network error \(nsError.code)"
        }
    }
}

/// Receives URLSession's callbacks for one exchange.
///
/// Thread safety: every access to the recorded state takes the lock.
private final class Recorder: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private let expected: Int64
    private var sent: Int64 = 0
    private var response: HTTPURLResponse?
    private var body = Data()
    private var bodyLength = 0
    private var challenge: String?
    private var error: Error?

    init(expected: Int64) {
        self.expected = expected
    }

    var stage: HTTPExchange.Stage {
        lock.withLock { stageLocked }
    }

    /// The stage; the caller holds the lock.
    private var stageLocked: HTTPExchange.Stage {
        if response != nil { return .receiving(bytes: bodyLength) }
        if sent == 0 { return expected == 0 ? .awaitingAnswer : .connecting }
        return sent < expected ? .sending(sent: sent, of: expected) : .awaitingAnswer
    }

    func answer(of task: URLSessionTask) throws -> HTTPExchange.Answer {
        try lock.withLock {
            let http = response ?? task.response as? HTTPURLResponse
            // A cancelled challenge ends the task with an error, yet the 401 is the answer.
            if let error, challenge == nil || http == nil {
                if (error as NSError).domain == NSURLErrorDomain, (error as NSError).code == NSURLErrorTimedOut {
                    throw HTTPExchange.Failure.deadline(stageLocked)
                }
                throw HTTPExchange.Failure.transport(HTTPExchange.reason(error))
            }
            guard let http else { throw HTTPExchange.Failure.transport("no HTTP answer") }
            var headers: [String: String] = [:]
            for (key, value) in http.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            return HTTPExchange.Answer(status: http.statusCode, headers: headers, body: body,
                                       bodyLength: bodyLength, challenge: challenge)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        // The 3xx itself becomes the answer; the client decides whether to send again.
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        lock.withLock {
            let method = challenge.protectionSpace.authenticationMethod
            self.challenge = method == NSURLAuthenticationMethodHTTPBasic ? "Basic"
                : method == NSURLAuthenticationMethodHTTPDigest ? "Digest" : "HTTP"
            if let failure = challenge.failureResponse as? HTTPURLResponse { response = failure }
        }
        completionHandler(.cancelAuthenticationChallenge, nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didSendBodyData bytesSent: Int64,
                    totalBytesSent: Int64, totalBytesExpectedToSend: Int64) {
        lock.withLock { sent = totalBytesSent }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.withLock { self.response = response as? HTTPURLResponse }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.withLock {
            bodyLength += data.count
            let room = HTTPExchange.bodyLimit - body.count
            if room > 0 { body.append(data.prefix(room)) }
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock { self.error = error }
        done.signal()
    }
}
