class TicketsController < ApplicationController
  before_action :authenticate_user!

  SORTABLE = {
    "newest" => "tickets.created_at DESC",
    "oldest" => "tickets.created_at ASC",
    "priority" => "tickets.priority DESC, tickets.created_at DESC",
    "updated" => "tickets.updated_at DESC"
  }.freeze

  def index
    scope = current_account.tickets.includes(:assignee)
    scope = scope.where(status: params[:status]) if Ticket.statuses.key?(params[:status])
    @tickets = ordered_by(scope, params[:sort]).page(params[:page]).per(25)
    @sort = SORTABLE.key?(params[:sort]) ? params[:sort] : "newest"
    respond_to do |format|
      format.html
      format.json { render json: @tickets }
    end
  end

  def show
    @ticket = current_account.tickets.find(params[:id])
  end

  private

  def ordered_by(scope, key)
    clause = SORTABLE.fetch(key.to_s, SORTABLE["newest"])
    scope.order(Arel.sql(clause))
  end

  def current_account
    current_user.account
  end
end