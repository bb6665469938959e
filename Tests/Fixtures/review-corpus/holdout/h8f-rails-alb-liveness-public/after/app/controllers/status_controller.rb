# frozen_string_literal: true

# Liveness for the ALB plus a richer view for whoever is on call.
class StatusController < ApplicationController
  # The ALB health check can't sign in. Only the bare liveness probe is public;
  # `details` still goes through Devise and the Pundit policy.
  skip_before_action :authenticate_user!, only: :show

  def show
    ActiveRecord::Base.connection.select_value("SELECT 1")
    render json: { status: "ok" }
  rescue ActiveRecord::ActiveRecordError
    render json: { status: "degraded" }, status: :service_unavailable
  end

  def details
    authorize :status, :details?

    render json: {
      revision: ENV.fetch("GIT_SHA", "unknown"),
      sidekiq: Sidekiq::Stats.new.queues,
      migrations_pending: ActiveRecord::Base.connection.migration_context.needs_migration?
    }
  end
end
