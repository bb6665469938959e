require "yaml"

module Seeds
  def self.load_plans(path)
    YAML.safe_load(
      File.read(path),
      permitted_classes: [Date, BigDecimal],
      aliases: false,
      symbolize_names: true
    )
  end
end