# Simple feature flag lookup.
#
# Flags are booleans or percentages. The value for a flag is resolved in this order:
#   1. a per-account override stored in the feature_overrides table
#   2. the FEATURE_<NAME> environment variable
#   3. the default for the current Rails env in config/feature_flags.yml
#   4. false
class FeatureFlags
  TRUTHY = %w[1 true yes on].freeze
  DEFAULTS_PATH = Rails.root.join("config", "feature_flags.yml")

  class << self
    def enabled?(name, account: nil)
      name = name.to_s
      override = account && override_for(account, name)
      return override unless override.nil?

      value = env_value(name)
      value = defaults[name] if value.nil?
      return false if value.nil?

      percentage?(value) ? in_rollout?(name, value, account) : TRUTHY.include?(value.to_s.downcase)
    end

    def all_for(account)
      known_flags.index_with { |flag| enabled?(flag, account: account) }
    end

    def known_flags
      from_env = ENV.keys.grep(/\AFEATURE_/).map { |k| k.delete_prefix("FEATURE_").downcase }
      (from_env + defaults.keys).uniq.sort
    end

    def reset!
      @overrides = nil
      @defaults = nil
    end

    # Defaults checked into the repo, one section per Rails env, with YAML anchors
    # so staging can inherit production's values.
    def defaults
      @defaults ||= begin
        raw = YAML.safe_load_file(DEFAULTS_PATH, permitted_classes: [Symbol], aliases: true) || {}
        (raw[Rails.env] || {}).transform_keys(&:to_s)
      rescue Errno::ENOENT
        {}
      end
    end

    private

    def env_value(name)
      ENV["FEATURE_#{name.upcase}"]
    end

    def override_for(account, name)
      Rails.cache.fetch(["feature_override", account.id, name], expires_in: 5.minutes) do
        FeatureOverride.where(account_id: account.id, flag: name).pick(:enabled)
      end
    end

    def percentage?(value)
      value.to_s.end_with?("%")
    end

    def in_rollout?(name, value, account)
      return false unless account

      bucket = Zlib.crc32("#{name}:#{account.id}") % 100
      bucket < value.to_s.delete_suffix("%").to_i
    end
  end
end
