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
}
