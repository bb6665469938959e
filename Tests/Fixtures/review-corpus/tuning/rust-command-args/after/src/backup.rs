use std::process::Command;

pub fn archive(name: &str) {
    Command::new("tar")
        .args(["czf", &format!("/backup/{}.tgz", name), "/data"])
        .status()
        .unwrap();
}
