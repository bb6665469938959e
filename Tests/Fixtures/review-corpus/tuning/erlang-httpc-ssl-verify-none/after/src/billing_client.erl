-module(billing_client).
-export([fetch_invoice/1]).

fetch_invoice(Id) ->
    Url = "https://billing.internal.example/invoices/" ++ integer_to_list(Id),
    SslOpts = [{verify, verify_none}],
    {ok, {{_, 200, _}, _Headers, Body}} =
        httpc:request(get, {Url, []}, [{ssl, SslOpts}, {timeout, 5000}], []),
    jsx:decode(list_to_binary(Body)).
