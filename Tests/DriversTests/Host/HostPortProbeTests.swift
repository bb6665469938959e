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
        let listener = try #require(LoopbackListener(), "cannot listen on 127.0.0.1")
        let probe = HostPortProbe()
        #expect(!probe.isFree("127.0.0.1", port: listener.port))
        #expect(!probe.isFree("0.0.0.0", port: listener.port), "a bind on every address clashes too")
        #expect(probe.listeningProcess(port: listener.port)?.pid == getpid())
        listener.close()
        #expect(probe.isFree("127.0.0.1", port: listener.port))
    }

    @Test func holdersReadAsAPersonNamesThem() {
        #expect("\(HostPortHolder.container("web-db"))" == "container web-db")
        #expect("\(HostPortHolder.process(name: "python3", pid: 42))" == "process python3 (pid 42)")
        #expect("\(HostPortHolder.unknown)" == "another process")
    }
}
