<?php
/**
 * AJAX endpoint that streams a CSV of recent WooCommerce orders.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'wp_ajax_acme_export_orders', 'acme_export_orders' );

function acme_export_orders() {
	check_ajax_referer( 'acme_export', 'nonce' );

	if ( ! current_user_can( 'manage_woocommerce' ) ) {
		wp_send_json_error( array( 'message' => 'forbidden' ), 403 );
	}

	$days   = isset( $_GET['days'] ) ? absint( $_GET['days'] ) : 30;
	$orders = wc_get_orders(
		array(
			'limit'        => -1,
			'date_created' => '>' . ( time() - $days * DAY_IN_SECONDS ),
		)
	);

	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename=orders.csv' );

	$out = fopen( 'php://output', 'w' );
	fputcsv( $out, array( 'id', 'date', 'email', 'phone', 'address', 'total' ) );
	foreach ( $orders as $order ) {
		fputcsv(
			$out,
			array(
				$order->get_id(),
				$order->get_date_created()->date( 'Y-m-d' ),
				$order->get_billing_email(),
				$order->get_billing_phone(),
				$order->get_formatted_billing_address(),
				$order->get_total(),
			)
		);
	}
	fclose( $out );
	wp_die();
}
