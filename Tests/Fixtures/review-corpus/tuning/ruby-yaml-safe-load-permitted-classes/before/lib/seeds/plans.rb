require "yaml"

module Seeds
  def self.load_plans(path)
    YAML.load(File.read(path))
  end
end