<?php
/**
 * Refund handling for the box office screen.
 *
 * @package Acme_Tickets
 */

defined( 'ABSPATH' ) || exit;

class Acme_Tickets_Refunds {

	const NONCE_ACTION = 'acme_tickets_refund';

	public static function init() {
		add_action( 'wp_ajax_acme_tickets_refund', array( __CLASS__, 'ajax_refund' ) );
		// Door kiosks run the box-office screen in a browser without a WP login.
		add_action( 'wp_ajax_nopriv_acme_tickets_refund', array( __CLASS__, 'ajax_refund' ) );
		add_action( 'admin_enqueue_scripts', array( __CLASS__, 'enqueue' ) );
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'enqueue_kiosk' ) );
	}

	public static function enqueue_kiosk() {
		if ( ! is_page( 'box-office-kiosk' ) ) {
			return;
		}
		self::enqueue( 'toplevel_page_acme-box-office' );
	}

	public static function enqueue( $hook ) {
		if ( 'toplevel_page_acme-box-office' !== $hook ) {
			return;
		}
		wp_enqueue_script( 'acme-box-office', ACME_TICKETS_URL . 'assets/js/box-office.js', array( 'jquery' ), ACME_TICKETS_VERSION, true );
		wp_localize_script(
			'acme-box-office',
			'AcmeBoxOffice',
			array(
				'ajaxUrl' => admin_url( 'admin-ajax.php' ),
				'nonce'   => wp_create_nonce( self::NONCE_ACTION ),
			)
		);
	}

	public static function ajax_refund() {
		check_ajax_referer( self::NONCE_ACTION, 'nonce' );

		// Kiosk sessions are anonymous; only staff accounts need the capability check.
		if ( is_user_logged_in() && ! current_user_can( 'manage_woocommerce' ) ) {
			wp_send_json_error( array( 'message' => __( 'You are not allowed to refund tickets.', 'acme-tickets' ) ), 403 );
		}

		$ticket_id = isset( $_POST['ticket_id'] ) ? absint( $_POST['ticket_id'] ) : 0;
		$reason    = isset( $_POST['reason'] ) ? sanitize_text_field( wp_unslash( $_POST['reason'] ) ) : '';

		$ticket = acme_tickets_get_ticket( $ticket_id );
		if ( ! $ticket || 'refunded' === $ticket->status ) {
			wp_send_json_error( array( 'message' => __( 'Ticket not found or already refunded.', 'acme-tickets' ) ), 404 );
		}

		$refund = wc_create_refund(
			array(
				'order_id'       => $ticket->order_id,
				'amount'         => $ticket->price,
				'reason'         => $reason,
				'refund_payment' => true,
			)
		);

		if ( is_wp_error( $refund ) ) {
			wp_send_json_error( array( 'message' => $refund->get_error_message() ), 500 );
		}

		acme_tickets_mark_refunded( $ticket_id, get_current_user_id() );

		wp_send_json_success( array( 'refund_id' => $refund->get_id() ) );
	}
}
