import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `begroot serve`: the preview answers on 127.0.0.1, adds the reload script to pages only as it
/// serves them, keeps requests inside the output, and rebuilds when content changes.
@Suite struct ServeCommandTests {
    /// A plain HTTP/1.0 GET over a socket: status line and body.
    static func get(_ path: String, port: UInt16, headers extra: String = "") -> (status: Int, headers: String, body: String)? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = "GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\(extra)\r\n"
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

    @Test func servesThePreviewAndRebuildsWhenContentChanges() throws {
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
        #expect(page.body.contains("/__begroot/version"), "the reload script is added to pages")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "public/ is left alone")
        #expect(Self.get("/parkbuurt", port: port)?.status == 301)
        #expect(Self.get("//parkbuurt", port: port)?.headers.contains("Location: /parkbuurt/") == true, "a redirect never names another host")
        #expect(Self.get("/parkbuurt/", port: port)?.status == 200)
        #expect(Self.get("/assets/begroot.css", port: port)?.headers.contains("text/css") == true)
        let part = Self.get("/parkbuurt/media/bankjes.mp4", port: port, headers: "Range: bytes=0-9\r\n")
        #expect(part?.status == 206, "videos are served in byte ranges, so they seek and play")
        #expect(part?.body.utf8.count == 10)
        for outside in ["/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/.begroot-output", "/nothing-here/"] {
            #expect(Self.get(outside, port: port)?.status == 404, "\(outside)")
        }

        let version = Self.get("/__begroot/version", port: port)?.body
        let plan = site.appendingPathComponent("content/buurten/parkbuurt/plans/bankjes.md")
        let text = try String(contentsOf: plan, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Nieuwe bankjes", with: "title: Nieuwe bankjes en tafels")
            .write(to: plan, atomically: true, encoding: .utf8)
        var rebuilt = false
        for _ in 0..<60 where !rebuilt {
            Thread.sleep(forTimeInterval: 0.1)
            rebuilt = Self.get("/__begroot/version", port: port)?.body != version
        }
        #expect(rebuilt, "a changed plan is rebuilt")
        #expect(Self.get("/parkbuurt/plans/bankjes/", port: port)?.body.contains("Nieuwe bankjes en tafels") == true)
    }
}
