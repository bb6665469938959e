# Simple feature flag lookup.
#
# Flags are booleans or percentages. The value for a flag is resolved in this order:
#   1. a per-account override stored in the feature_overrides table
#   2. the FEATURE_<NAME> environment variable
#   3. false
class FeatureFlags
  TRUTHY = %w[1 true yes on].freeze

  class << self
    def enabled?(name, account: nil)
      name = name.to_s
      override = account && override_for(account, name)
      return override unless override.nil?

      value = env_value(name)
      return false if value.nil?

      percentage?(value) ? in_rollout?(name, value, account) : TRUTHY.include?(value.to_s.downcase)
    end

    def all_for(account)
      known_flags.index_with { |flag| enabled?(flag, account: account) }
    end

    def known_flags
      ENV.keys.grep(/\AFEATURE_/).map { |k| k.delete_prefix("FEATURE_").downcase }.sort
    end

    def reset!
      @overrides = nil
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
