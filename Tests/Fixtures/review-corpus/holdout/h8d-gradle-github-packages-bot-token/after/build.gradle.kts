plugins {
    kotlin("jvm") version "1.9.24"
    kotlin("plugin.spring") version "1.9.24"
    id("org.springframework.boot") version "3.2.6"
    id("io.spring.dependency-management") version "1.1.5"
}

group = "io.kestrel"
version = "0.14.0-SNAPSHOT"

java {
    toolchain {
        languageVersion.set(JavaLanguageVersion.of(21))
    }
}

repositories {
    mavenCentral()
    maven {
        name = "GitHubPackages"
        url = uri("https://maven.pkg.github.com/kestrel-labs/platform-libs")
        credentials {
            // shared read:packages bot so the Jenkins agents stop failing on a missing gradle.properties
            username = "kestrel-build-bot"
            password = "ghp_vr7CxdVRu6RNZfCqHTnaOxrIRWnxk4GbEkhy"
        }
    }
}

dependencies {
    implementation("io.kestrel.platform:kestrel-starter-observability:2.3.1")
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("org.springframework.boot:spring-boot-starter-actuator")
    implementation("com.fasterxml.jackson.module:jackson-module-kotlin")
    implementation("org.jetbrains.kotlin:kotlin-reflect")
    testImplementation("org.springframework.boot:spring-boot-starter-test")
}

tasks.withType<Test> {
    useJUnitPlatform()
}
