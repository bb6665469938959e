<?php
/**
 * "Resync with CRM" row action on the Users screen.
 *
 * @package Acme_CRM_Sync
 */

defined( 'ABSPATH' ) || exit;

final class Acme_CRM_Resync {

	const ACTION = 'acme_crm_resync_user';

	public static function register() {
		add_filter( 'user_row_actions', array( __CLASS__, 'row_action' ), 10, 2 );
		add_action( 'wp_ajax_' . self::ACTION, array( __CLASS__, 'handle' ) );
		add_action( 'admin_enqueue_scripts', array( __CLASS__, 'assets' ) );
	}

	public static function row_action( $actions, $user ) {
		if ( ! current_user_can( 'edit_user', $user->ID ) ) {
			return $actions;
		}

		$actions['acme_crm_resync'] = sprintf(
			'<a href="#" class="acme-crm-resync" data-user="%d">%s</a>',
			absint( $user->ID ),
			esc_html__( 'Resync with CRM', 'acme-crm-sync' )
		);

		return $actions;
	}

	public static function assets( $hook ) {
		if ( 'users.php' !== $hook ) {
			return;
		}

		wp_enqueue_script(
			'acme-crm-resync',
			plugins_url( 'assets/resync.js', ACME_CRM_SYNC_FILE ),
			array( 'jquery' ),
			ACME_CRM_SYNC_VERSION,
			true
		);
		wp_localize_script(
			'acme-crm-resync',
			'AcmeCrmResync',
			array(
				'action' => self::ACTION,
				'nonce'  => wp_create_nonce( self::ACTION ),
			)
		);
	}

	public static function handle() {
		check_ajax_referer( self::ACTION, 'nonce' );

		$user_id = isset( $_POST['user_id'] ) ? absint( wp_unslash( $_POST['user_id'] ) ) : 0;
		if ( ! $user_id || ! current_user_can( 'edit_user', $user_id ) ) {
			wp_send_json_error( array( 'message' => __( 'Not allowed.', 'acme-crm-sync' ) ), 403 );
		}

		$user = get_userdata( $user_id );
		if ( ! $user ) {
			wp_send_json_error( array( 'message' => __( 'Unknown user.', 'acme-crm-sync' ) ), 404 );
		}

		$result = Acme_CRM_Client::instance()->upsert_contact(
			array(
				'external_id' => $user->ID,
				'email'       => $user->user_email,
				'first_name'  => $user->first_name,
				'last_name'   => $user->last_name,
				'roles'       => array_values( $user->roles ),
			)
		);

		if ( is_wp_error( $result ) ) {
			wp_send_json_error( array( 'message' => $result->get_error_message() ), 502 );
		}

		update_user_meta( $user_id, '_acme_crm_synced_at', time() );

		wp_send_json_success( array( 'synced_at' => wp_date( 'Y-m-d H:i' ) ) );
	}
}
