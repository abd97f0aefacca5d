import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `begroot serve`: the preview answers on 127.0.0.1 from memory, adds its scripts to pages only
/// as it serves them, keeps requests inside the portal, follows edits through the event stream and
/// shows mistakes in an overlay over the last good page.
@Suite struct ServeCommandTests {
    /// A socket connected to 127.0.0.1:`port`, or nil.
    static func connection(port: UInt16) -> Int32? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// A plain HTTP/1.1 GET (the server closes after it) over a socket: status line and body.
    static func get(_ path: String, port: UInt16, headers extra: String = "") -> (status: Int, headers: String, body: String)? {
        guard let descriptor = connection(port: port) else { return nil }
        defer { close(descriptor) }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\(extra)\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return (status, String(text[..<split.lowerBound]), String(text[split.upperBound...]))
    }

    /// The preview's event stream, read line by line over a socket of its own.
    final class EventStream {
        let descriptor: Int32
        private var pending = ""

        init?(port: UInt16) {
            guard let descriptor = ServeCommandTests.connection(port: port) else { return nil }
            self.descriptor = descriptor
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let request = "GET /__begroot/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
            _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        }

        deinit { close(descriptor) }

        /// The last `data:` value read.
        private(set) var lastSeen: String?

        /// The next `data:` value the server sends, waiting at most ten seconds.
        func nextData() -> String? {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                if let range = pending.range(of: "data: "), let end = pending[range.upperBound...].firstIndex(of: "\n") {
                    let value = String(pending[range.upperBound..<end])
                    pending = String(pending[end...])
                    lastSeen = value
                    return value
                }
                let count = recv(descriptor, &buffer, buffer.count, 0)
                guard count > 0 else { return nil }
                pending += String(decoding: buffer[0..<count], as: UTF8.self)
            }
        }
    }

    /// The page after the next event, or after a later one: one save can come in two bursts (a
    /// temporary file, then its rename), and each load is an event. At most five events.
    static func pageAfterEvents(_ events: EventStream, _ path: String, port: UInt16, until shows: (String) -> Bool)
        -> (status: Int, headers: String, body: String)?
    {
        var page: (status: Int, headers: String, body: String)?
        for _ in 0..<5 {
            guard events.nextData() != nil else { return page }
            page = get(path, port: port)
            if let body = page?.body, shows(body) { return page }
        }
        return page
    }

    @Test func previewsFromMemoryAndShowsMistakesInThePage() throws {
        let site = try BinaryRunner.copyOfFixture("sites/small")
        let port = UInt16.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["serve", "--port", String(port)]
        process.currentDirectoryURL = site
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }

        var home: (status: Int, headers: String, body: String)?
        for _ in 0..<100 where home == nil {
            Thread.sleep(forTimeInterval: 0.1)
            home = Self.get("/", port: port)
        }
        let page = try #require(home)
        #expect(page.status == 200)
        #expect(page.body.contains("new EventSource(\"/__begroot/events\")"), "pages follow the event stream")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "nothing is written: public/ is left alone")
        #expect(Self.get("/parkbuurt", port: port)?.status == 301)
        #expect(Self.get("//parkbuurt", port: port)?.headers.contains("Location: /parkbuurt/") == true, "a redirect never names another host")
        #expect(Self.get("/parkbuurt/", port: port)?.status == 200)
        #expect(Self.get("/assets/begroot.css", port: port)?.headers.contains("text/css") == true)
        #expect(Self.get("/feed.xml", port: port)?.body.contains("<feed") == true, "feeds are served too")
        let part = Self.get("/parkbuurt/media/bankjes.mp4", port: port, headers: "Range: bytes=0-9\r\n")
        #expect(part?.status == 206, "videos are served in byte ranges, so they seek and play")
        #expect(part?.body.utf8.count == 10)
        for outside in ["/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/.begroot-output", "/nothing-here/", "/content/site.yaml"] {
            #expect(Self.get(outside, port: port)?.status == 404, "\(outside)")
        }
        let tooLong = Self.get("/", port: port, headers: "X-Padding: " + String(repeating: "a", count: 9000) + "\r\n")
        #expect(tooLong?.status == 400, "a request head over 8 KB is refused")

        let events = try #require(EventStream(port: port))
        let first = try #require(events.nextData())

        // An edit arrives through the event stream, and the page shows it.
        let plan = site.appendingPathComponent("content/buurten/parkbuurt/plans/bankjes.md")
        let text = try String(contentsOf: plan, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Nieuwe bankjes", with: "title: Nieuwe bankjes en tafels")
            .write(to: plan, atomically: true, encoding: .utf8)
        let edited = try #require(Self.pageAfterEvents(events, "/parkbuurt/plans/bankjes/", port: port) { $0.contains("tafels") })
        #expect(Int(events.lastSeen ?? "0")! > Int(first)!)
        #expect(edited.body.contains("<h1>Nieuwe bankjes en tafels</h1>") || edited.body.contains("Nieuwe bankjes en tafels</h1>"))
        #expect(!edited.body.contains("role=\"alertdialog\""))

        // A mistake: the overlay, with the place and the line, over the last good page.
        try text.replacingOccurrences(of: "status: completed", with: "status: klaar")
            .write(to: plan, atomically: true, encoding: .utf8)
        let broken = try #require(Self.pageAfterEvents(events, "/parkbuurt/plans/bankjes/", port: port) { $0.contains("alertdialog") })
        #expect(broken.body.contains("role=\"alertdialog\""))
        #expect(broken.body.contains("<code dir=\"ltr\">content/buurten/parkbuurt/plans/bankjes.md:4:9</code>"), "\(broken.body.suffix(1500))")
        #expect(broken.body.contains("4 | status: klaar\n  |         ^"), "the line with the mistake, a caret under its column")
        #expect(broken.body.contains("Nieuwe bankjes en tafels"), "the last good page stays underneath")
        #expect(Self.get("/", port: port)?.body.contains("role=\"alertdialog\"") == true, "every page shows the overlay")

        // Fixed: the overlay is gone without a manual reload.
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let fixed = try #require(Self.pageAfterEvents(events, "/parkbuurt/plans/bankjes/", port: port) { !$0.contains("alertdialog") })
        #expect(!fixed.body.contains("role=\"alertdialog\""))
        #expect(fixed.body.contains("Nieuwe bankjes"))
        #expect(!fixed.body.contains("Nieuwe bankjes en tafels"))
    }
}
