defmodule BillingWeb.InvoiceController do
  use BillingWeb, :controller

  alias Billing.Invoices
  alias Billing.Invoices.PdfRenderer

  def index(conn, params) do
    account = conn.assigns.current_account
    page = Invoices.list_account_invoices(account, params)
    render(conn, :index, page: page)
  end

  def show(conn, %{"id" => id}) do
    invoice = Invoices.get_account_invoice!(conn.assigns.current_account, id)
    render(conn, :show, invoice: invoice)
  end

  def pdf(conn, %{"id" => id}) do
    invoice = Invoices.get_account_invoice!(conn.assigns.current_account, id)
    {:ok, binary} = PdfRenderer.render(invoice)

    conn
    |> put_resp_content_type("application/pdf")
    |> put_resp_header("content-disposition", ~s(attachment; filename="#{invoice.number}.pdf"))
    |> send_resp(200, binary)
  end
end
