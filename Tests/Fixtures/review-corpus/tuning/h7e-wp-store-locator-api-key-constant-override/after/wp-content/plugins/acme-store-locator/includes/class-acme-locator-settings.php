<?php
/**
 * Settings page for Acme Store Locator.
 *
 * @package Acme_Store_Locator
 */

defined( 'ABSPATH' ) || exit;

class Acme_Locator_Settings {

	const OPTION_GROUP = 'acme_locator';
	const OPTION_KEY   = 'acme_locator_maps_api_key';

	public function register() {
		add_action( 'admin_init', array( $this, 'register_settings' ) );
		add_action( 'admin_menu', array( $this, 'add_page' ) );
	}

	/**
	 * Resolution order: ACME_LOCATOR_MAPS_API_KEY constant (wp-config.php),
	 * then the environment, then the value saved on the settings page.
	 */
	public static function api_key() {
		if ( defined( 'ACME_LOCATOR_MAPS_API_KEY' ) && ACME_LOCATOR_MAPS_API_KEY ) {
			return (string) ACME_LOCATOR_MAPS_API_KEY;
		}

		$from_env = getenv( 'ACME_LOCATOR_MAPS_API_KEY' );
		if ( false !== $from_env && '' !== $from_env ) {
			return $from_env;
		}

		return (string) get_option( self::OPTION_KEY, '' );
	}

	public static function key_is_overridden() {
		return ( defined( 'ACME_LOCATOR_MAPS_API_KEY' ) && ACME_LOCATOR_MAPS_API_KEY )
			|| ( false !== getenv( 'ACME_LOCATOR_MAPS_API_KEY' ) && '' !== getenv( 'ACME_LOCATOR_MAPS_API_KEY' ) );
	}

	public function keep_existing_key( $value ) {
		// Field is rendered masked; an empty submit means "leave the stored key alone".
		return '' === $value ? get_option( self::OPTION_KEY, '' ) : $value;
	}

	public function register_settings() {
		register_setting(
			self::OPTION_GROUP,
			self::OPTION_KEY,
			array(
				'type'              => 'string',
				'sanitize_callback' => function ( $value ) {
					return $this->keep_existing_key( sanitize_text_field( $value ) );
				},
				'show_in_rest'      => false,
			)
		);

		add_settings_section( 'acme_locator_api', __( 'Google Maps', 'acme-store-locator' ), '__return_false', 'acme-locator' );

		add_settings_field(
			self::OPTION_KEY,
			__( 'Maps API key', 'acme-store-locator' ),
			array( $this, 'render_key_field' ),
			'acme-locator',
			'acme_locator_api'
		);
	}

	public function add_page() {
		add_options_page(
			__( 'Store Locator', 'acme-store-locator' ),
			__( 'Store Locator', 'acme-store-locator' ),
			'manage_options',
			'acme-locator',
			array( $this, 'render_page' )
		);
	}

	public function render_key_field() {
		if ( self::key_is_overridden() ) {
			echo '<p class="description">' . esc_html__( 'The API key is set in wp-config.php or the server environment.', 'acme-store-locator' ) . '</p>';
			return;
		}

		$key    = self::api_key();
		$masked = '' === $key ? '' : str_repeat( '•', 12 ) . substr( $key, -4 );

		printf(
			'<input type="password" class="regular-text" name="%1$s" id="%1$s" value="" placeholder="%2$s" autocomplete="new-password" />',
			esc_attr( self::OPTION_KEY ),
			esc_attr( $masked )
		);
	}

	public function render_page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form method="post" action="options.php">';
		settings_fields( self::OPTION_GROUP );
		do_settings_sections( 'acme-locator' );
		submit_button();
		echo '</form></div>';
	}
}
