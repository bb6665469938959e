<?php
/**
 * AJAX endpoints for the storefront stock widget.
 *
 * @package Stockroom_Lookup
 */

defined( 'ABSPATH' ) || exit;

class Stockroom_Ajax {

	public static function register() {
		add_action( 'wp_ajax_stockroom_stock', array( __CLASS__, 'stock_for_product' ) );
		add_action( 'wp_ajax_nopriv_stockroom_stock', array( __CLASS__, 'stock_for_product' ) );
		add_action( 'wp_ajax_stockroom_sku_search', array( __CLASS__, 'search_by_sku' ) );
		add_action( 'wp_ajax_nopriv_stockroom_sku_search', array( __CLASS__, 'search_by_sku' ) );
	}

	/**
	 * Returns warehouse stock levels for a single product.
	 */
	public static function stock_for_product() {
		global $wpdb;

		$product_id = absint( $_GET['product_id'] ?? 0 );
		if ( ! $product_id ) {
			wp_send_json_error( array( 'message' => 'missing product' ), 400 );
		}

		$table = $wpdb->prefix . 'stockroom_levels';
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT warehouse, qty FROM {$table} WHERE product_id = %d ORDER BY warehouse",
				$product_id
			)
		);

		wp_send_json_success( $rows );
	}

	/**
	 * Type-ahead search on SKU for the "check another item" box.
	 */
	public static function search_by_sku() {
		global $wpdb;

		$sku = sanitize_text_field( wp_unslash( $_GET['sku'] ?? '' ) );
		if ( strlen( $sku ) < 3 ) {
			wp_send_json_success( array() );
		}

		$where = "pm.meta_key = '_sku' AND pm.meta_value LIKE '{$sku}%'";
		$rows  = $wpdb->get_results(
			"SELECT p.ID, p.post_title, pm.meta_value AS sku
			 FROM {$wpdb->posts} p
			 JOIN {$wpdb->postmeta} pm ON pm.post_id = p.ID
			 WHERE p.post_type = 'product' AND {$where}
			 LIMIT 10"
		);

		wp_send_json_success( $rows );
	}
}
