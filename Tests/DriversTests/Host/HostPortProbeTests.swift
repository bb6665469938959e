import Drivers
import Foundation
import Glibc
import TestSupport
import Testing

/// Who holds a host port: a bind test, and the listening process found through `/proc`.
@Suite struct HostPortProbeTests {
    @Test func theListeningProcessIsFoundByItsSocketInode() throws {
        let proc = try TemporaryDirectory()
        try proc.write(
            """
              sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 00000000:46A0 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 98765 1 0
               1: 0100007F:1F90 0100007F:A1B2 01 00000000:00000000 00:00000000 00000000     0        0 11111 1 0
            """, to: "net/tcp")
        try proc.write("", to: "net/tcp6")
        try proc.write("python3\n", to: "4242/comm")
        try proc.write("sleep\n", to: "17/comm")
        try FileManager.default.createDirectory(
            at: proc.url.appendingPathComponent("4242/fd"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: proc.url.appendingPathComponent("17/fd"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: proc.url.appendingPathComponent("17/fd/3").path, withDestinationPath: "socket:[11111]")
        try FileManager.default.createSymbolicLink(
            atPath: proc.url.appendingPathComponent("4242/fd/5").path, withDestinationPath: "socket:[98765]")
        let probe = HostPortProbe(procRoot: proc.url.path)
        let holder = probe.listeningProcess(port: 18080)
        #expect(holder?.name == "python3" && holder?.pid == 4242)
        #expect(probe.listeningProcess(port: 8080) == nil, "port 8080's socket is a connection, not a listener")
    }

    @Test func aListeningPortIsNotFreeAndThisProcessIsItsHolder() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else {
            close(descriptor)
            Issue.record("cannot listen on 127.0.0.1")
            return
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let probe = HostPortProbe()
        #expect(!probe.isFree("127.0.0.1", port: port))
        #expect(!probe.isFree("0.0.0.0", port: port), "a bind on every address clashes too")
        #expect(probe.listeningProcess(port: port)?.pid == getpid())
        close(descriptor)
        #expect(probe.isFree("127.0.0.1", port: port))
    }

    @Test func holdersReadAsAPersonNamesThem() {
        #expect("\(HostPortHolder.container("web-db"))" == "container web-db")
        #expect("\(HostPortHolder.process(name: "python3", pid: 42))" == "process python3 (pid 42)")
        #expect("\(HostPortHolder.unknown)" == "another process")
    }
}
