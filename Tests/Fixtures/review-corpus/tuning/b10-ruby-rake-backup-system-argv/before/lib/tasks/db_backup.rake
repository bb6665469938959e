namespace :db do
  desc "Print the database configuration in use"
  task config: :environment do
    cfg = ActiveRecord::Base.connection_db_config.configuration_hash
    puts "#{cfg[:adapter]}://#{cfg[:host]}:#{cfg[:port]}/#{cfg[:database]}"
  end
end
