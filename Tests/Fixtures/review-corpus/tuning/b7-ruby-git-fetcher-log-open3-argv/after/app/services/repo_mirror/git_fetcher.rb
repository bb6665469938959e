require "open3"

module RepoMirror
  class GitFetcher
    class Error < StandardError; end

    REF_PATTERN = %r{\A[\w./-]+\z}

    def initialize(workdir:)
      @workdir = workdir
    end

    def fetch(remote_url)
      run!("git", "fetch", "--prune", "--", remote_url)
    end

    def log(ref, limit: 20)
      raise ArgumentError, "invalid ref" unless ref.match?(REF_PATTERN) && !ref.start_with?("-")

      run!("git", "log", "--format=%H %s", "-n", Integer(limit).to_s, ref, "--")
    end

    private

    def run!(*argv)
      out, err, status = Open3.capture3(*argv, chdir: @workdir)
      raise Error, "#{argv.first} failed: #{err.strip}" unless status.success?

      out
    end
  end
end
