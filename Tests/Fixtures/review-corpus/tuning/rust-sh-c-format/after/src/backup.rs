use std::process::Command;

pub fn archive(name: &str) {
    Command::new("sh")
        .arg("-c")
        .arg(format!("tar czf /backup/{}.tgz /data", name))
        .status()
        .unwrap();
}
