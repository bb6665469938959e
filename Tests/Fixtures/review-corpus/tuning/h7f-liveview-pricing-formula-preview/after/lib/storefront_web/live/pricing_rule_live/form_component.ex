defmodule StorefrontWeb.PricingRuleLive.FormComponent do
  use StorefrontWeb, :live_component

  alias Storefront.Pricing

  @impl true
  def render(assigns) do
    ~H"""
    <div>
      <.header>
        <%= @title %>
        <:subtitle>Rules run in priority order; the first match wins.</:subtitle>
      </.header>

      <.simple_form
        for={@form}
        id="pricing-rule-form"
        phx-target={@myself}
        phx-change="validate"
        phx-submit="save"
      >
        <.input field={@form[:name]} type="text" label="Name" />
        <.input field={@form[:priority]} type="number" label="Priority" />
        <.input field={@form[:kind]} type="select" label="Kind" options={Pricing.rule_kinds()} />
        <.input field={@form[:percent_off]} type="number" label="Percent off" step="0.5" />
        <.input field={@form[:min_quantity]} type="number" label="Minimum quantity" />
        <.input
          :if={@form[:kind].value in ["formula", :formula]}
          field={@form[:formula]}
          type="textarea"
          label="Formula"
          placeholder="price * 0.9 - if qty > 10, do: 2, else: 0"
        />
        <p :if={@preview} class="text-sm text-zinc-600">
          Preview for a $<%= @sample.price %> item, qty <%= @sample.qty %>: <strong><%= @preview %></strong>
        </p>
        <.button type="button" phx-click="preview" phx-target={@myself}>Preview</.button>
        <:actions>
          <.button phx-disable-with="Saving...">Save rule</.button>
        </:actions>
      </.simple_form>
    </div>
    """
  end

  @impl true
  def update(%{pricing_rule: rule} = assigns, socket) do
    changeset = Pricing.change_rule(rule)

    {:ok,
     socket
     |> assign(assigns)
     |> assign(preview: nil, sample: %{price: 40, qty: 3})
     |> assign_form(changeset)}
  end

  @impl true
  def handle_event("validate", %{"pricing_rule" => params}, socket) do
    changeset =
      socket.assigns.pricing_rule
      |> Pricing.change_rule(params)
      |> Map.put(:action, :validate)

    {:noreply, assign_form(socket, changeset)}
  end

  def handle_event("preview", _params, socket) do
    formula = Phoenix.HTML.Form.input_value(socket.assigns.form, :formula) || ""

    preview =
      case evaluate_formula(formula, socket.assigns.sample) do
        {:ok, value} -> value
        {:error, message} -> "error: " <> message
      end

    {:noreply, assign(socket, :preview, preview)}
  end

  def handle_event("save", %{"pricing_rule" => params}, socket) do
    case Pricing.save_rule(socket.assigns.shop, socket.assigns.pricing_rule, params) do
      {:ok, rule} ->
        notify_parent({:saved, rule})

        {:noreply,
         socket
         |> put_flash(:info, "Pricing rule saved")
         |> push_patch(to: socket.assigns.patch)}

      {:error, %Ecto.Changeset{} = changeset} ->
        {:noreply, assign_form(socket, changeset)}
    end
  end

  defp assign_form(socket, %Ecto.Changeset{} = changeset) do
    assign(socket, :form, to_form(changeset))
  end

  defp notify_parent(msg), do: send(self(), {__MODULE__, msg})

  defp evaluate_formula(formula, %{price: price, qty: qty}) do
    {value, _binding} = Code.eval_string(formula, price: price, qty: qty)
    {:ok, value}
  rescue
    e -> {:error, Exception.message(e)}
  end
end
