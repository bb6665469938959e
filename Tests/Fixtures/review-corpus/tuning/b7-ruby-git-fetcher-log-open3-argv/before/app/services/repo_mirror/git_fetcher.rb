require "open3"

module RepoMirror
  class GitFetcher
    class Error < StandardError; end

    def initialize(workdir:)
      @workdir = workdir
    end

    def fetch(remote_url)
      run!("git", "fetch", "--prune", "--", remote_url)
    end

    private

    def run!(*argv)
      out, err, status = Open3.capture3(*argv, chdir: @workdir)
      raise Error, "#{argv.first} failed: #{err.strip}" unless status.success?

      out
    end
  end
end
