import Manifest

/// A Java app built with Maven or Gradle to a jar, run on a JRE image; Spring Boot is told `server.port`.
struct JavaApp: StackApp, Hashable {
    static let stack = Stack.java
    static let lookedFor = "pom.xml, build.gradle or build.gradle.kts (java)"

    enum Tool: String, Hashable {
        case maven, gradle
    }

    let tool: Tool
    let buildFiles: [String]
    let springBoot: Bool

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        let tool: Tool
        let buildFiles: [String]
        if files.has("pom.xml") {
            (tool, buildFiles) = (.maven, ["pom.xml"])
        } else if let gradle = files.first(of: ["build.gradle.kts", "build.gradle"]) {
            (tool, buildFiles) = (
                .gradle, [gradle] + (files.first(of: ["settings.gradle.kts", "settings.gradle"]).map { [$0] } ?? [])
            )
        } else {
            return nil
        }
        let build = files.text(buildFiles[0]) ?? ""
        let springBoot = build.contains("spring-boot") || build.contains("org.springframework.boot")
        let actuator = build.contains("spring-boot-starter-actuator")
        var evidence = ["\(buildFiles[0]) names \(tool.rawValue)"]
        if springBoot { evidence.append("\(buildFiles[0]) uses Spring Boot") }
        return JavaApp(tool: tool, buildFiles: buildFiles, springBoot: springBoot).candidate(
            framework: springBoot ? "spring-boot" : nil, packageManager: tool.rawValue,
            rank: springBoot ? .framework : .manifest, evidence: evidence,
            healthPath: actuator ? "/actuator/health" : nil)
    }

    func dockerfile(images: StackImages) -> String {
        var text = DockerfileText(for: "java (\(springBoot ? "spring-boot, " : "")\(tool.rawValue))")
        switch tool {
        case .maven:
            text.stage(images.base(.java, default: "maven:3.9-eclipse-temurin-21"), as: "build")
            text.add(
                "WORKDIR /src", "COPY pom.xml ./", "RUN mvn -B -q dependency:go-offline", "COPY . .",
                "RUN mvn -B -q package -DskipTests && cp target/*.jar /app.jar")
        case .gradle:
            text.stage(images.base(.java, default: "gradle:8-jdk21"), as: "build")
            text.add(
                "WORKDIR /src", "COPY \(buildFiles.joined(separator: " ")) ./",
                "RUN gradle --no-daemon -q dependencies",
                "COPY . .",
                "RUN gradle --no-daemon -q \(springBoot ? "bootJar" : "jar") -x test "
                    + "&& cp $(ls build/libs/*.jar | grep -v -- -plain | head -n 1) /app.jar")
        }
        text.stage(images.runtime(.java, default: "eclipse-temurin:21-jre"))
        text.add("COPY --from=build /app.jar /app/app.jar")
        text.serve(
            springBoot ? "java -Dserver.port=$PORT -jar /app/app.jar" : "java -jar /app/app.jar",
            healthPath: nil)
        return text.text
    }
}
