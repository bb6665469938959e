import TestSupport
import Testing

/// In CI the real-engine tests never skip: a missing engine fails here.
@Suite struct DockerEngineGateTests {
    @Test func engineAnswersWhenRunningInCI() {
        #expect(
            DockerTestEnvironment.isAvailable || !DockerTestEnvironment.isCI,
            "CI=true but \(DockerTestEnvironment.skipReason)")
    }
}
