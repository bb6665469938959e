def search(request):
    term = request.GET.get("q", "")
    return Product.objects.raw(
        f"SELECT * FROM shop_product WHERE name LIKE '%{term}%'"
    )
