import Drivers
import Testing

@testable import Reconciler

/// The ``BerthLabel/template`` digests: written for a spec, they find no change in it, and name each field changed
/// since — whatever else changed beside them — without the values themselves.
@Suite struct ServiceTemplateTests {
    private static func written() -> SwarmServiceSpec {
        var spec = SwarmServiceSpec(name: "web", image: "sha256:aaaa")
        spec.container.environment = ["PORT": "8080", "TOKEN": "s3cret-value"]
        spec.container.command = ["httpd", "-f"]
        spec.placement = SwarmPlacement(constraints: ["node.role==worker"])
        spec.labels[BerthLabel.template] = ServiceTemplate.label(of: spec)
        return spec
    }

    @Test func aSpecAsWrittenHasNoChangedFieldAndItsLabelHoldsNoValue() throws {
        let spec = Self.written()
        #expect(ServiceTemplate.changedFields(of: spec).isEmpty)
        let label = try #require(spec.labels[BerthLabel.template])
        #expect(!label.contains("s3cret") && !label.contains("8080") && !label.contains("httpd"))
        #expect(
            label.split(separator: ",").map { $0.split(separator: "=")[0] } == [
                "all", "image", "env", "entrypoint", "command", "user", "placement",
            ])
    }

    @Test func eachFieldChangedByHandIsNamedAndOnlyThoseFields() {
        var spec = Self.written()
        spec.container.image = "busybox:by-hand"
        spec.container.environment["DEBUG"] = "1"
        spec.placement.constraints.append("node.labels.zone==b")
        spec.mode = .replicated(7)  // replicas are compared apart, with the manifest
        spec.container.stopGracePeriod = .seconds(1)
        #expect(ServiceTemplate.changedFields(of: spec) == ["image", "env", "placement"])

        var user = Self.written()
        user.container.user = "0"
        user.container.command = nil
        #expect(ServiceTemplate.changedFields(of: user) == ["command", "user"])
    }

    @Test(arguments: [nil, "", "garbage", "image"])
    func aServiceWithoutAReadableLabelIsNotTakenForChanged(label: String?) {
        var spec = Self.written()
        spec.container.image = "busybox:by-hand"
        spec.labels[BerthLabel.template] = label
        #expect(ServiceTemplate.changedFields(of: spec).isEmpty)
    }
}
