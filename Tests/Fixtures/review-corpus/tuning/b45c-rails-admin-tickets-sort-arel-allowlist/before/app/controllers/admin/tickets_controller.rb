# frozen_string_literal: true

module Admin
  class TicketsController < Admin::BaseController
    PER_PAGE = 50

    def index
      scope = Ticket.includes(:requester, :assignee)
      scope = scope.where(status: params[:status]) if params[:status].present?
      scope = scope.where(assignee_id: params[:assignee_id]) if params[:assignee_id].present?

      if params[:q].present?
        scope = scope.where("tickets.subject ILIKE :q OR tickets.body ILIKE :q",
                            q: "%#{Ticket.sanitize_sql_like(params[:q])}%")
      end

      @tickets = scope.order(created_at: :desc).page(params[:page]).per(PER_PAGE)
    end

    def show
      @ticket = Ticket.find(params[:id])
    end
  end
end
