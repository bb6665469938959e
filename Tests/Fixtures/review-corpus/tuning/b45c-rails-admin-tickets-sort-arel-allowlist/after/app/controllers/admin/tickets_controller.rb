# frozen_string_literal: true

module Admin
  class TicketsController < Admin::BaseController
    PER_PAGE = 50

    SORTS = {
      "newest" => "tickets.created_at DESC",
      "oldest" => "tickets.created_at ASC",
      "priority" => "tickets.priority DESC NULLS LAST, tickets.created_at DESC",
      "sla" => "tickets.sla_due_at ASC NULLS LAST"
    }.freeze

    def index
      scope = Ticket.includes(:requester, :assignee)
      scope = scope.where(status: params[:status]) if params[:status].present?
      scope = scope.where(assignee_id: params[:assignee_id]) if params[:assignee_id].present?

      if params[:q].present?
        scope = scope.where("tickets.subject ILIKE :q OR tickets.body ILIKE :q",
                            q: "%#{Ticket.sanitize_sql_like(params[:q])}%")
      end

      order_sql = SORTS.fetch(params[:sort].to_s, SORTS["newest"])
      @tickets = scope.order(Arel.sql(order_sql)).page(params[:page]).per(PER_PAGE)
    end

    def show
      @ticket = Ticket.find(params[:id])
    end
  end
end
