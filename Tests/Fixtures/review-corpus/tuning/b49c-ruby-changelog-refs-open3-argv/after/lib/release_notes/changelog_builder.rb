# frozen_string_literal: true

require "open3"

module ReleaseNotes
  class ChangelogBuilder
    Entry = Struct.new(:sha, :subject, :author, keyword_init: true)

    REF = %r{\A(?!-)[A-Za-z0-9._/-]{1,100}\z}

    def initialize(repo_path:)
      @repo_path = repo_path
    end

    def since_last_tag
      tag = git("describe", "--tags", "--abbrev=0").strip
      entries("#{tag}..HEAD")
    end

    # Backs the `/changelog v2.3.0 v2.4.0` Slack command.
    def between(from, to = "HEAD")
      [from, to].each do |ref|
        raise ArgumentError, "invalid ref: #{ref.inspect}" unless REF.match?(ref.to_s)
      end

      entries("#{from}..#{to}")
    end

    private

    def entries(range)
      git("log", "--no-merges", "--pretty=format:%h%x09%an%x09%s", "--end-of-options", range)
        .each_line(chomp: true)
        .map do |line|
          sha, author, subject = line.split("\t", 3)
          Entry.new(sha: sha, subject: subject, author: author)
        end
    end

    def git(*args)
      out, err, status = Open3.capture3("git", "-C", @repo_path, *args)
      raise "git #{args.first} failed: #{err}" unless status.success?

      out
    end
  end
end
